import torch

torch.manual_seed(0)
x = torch.randn(4)
y = torch.tensor(2)
W1 = torch.randn(4, 5, requires_grad=True)  # d × h
W2 = torch.randn(5, 3, requires_grad=True)  # h × q
J = torch.nn.functional.cross_entropy(W2.T @ torch.tanh(W1.T @ x), y) + 0.1 / 2 * (
    (W1**2).sum() + (W2**2).sum()
)


def show(fn, depth=0):
    name = type(fn).__name__
    if name == "AccumulateGrad":
        name += " (W1)" if fn.variable is W1 else " (W2)"
    print("  " * depth + name)
    for child, _ in fn.next_functions:
        if child is not None:
            show(child, depth + 1)


show(J.grad_fn)
