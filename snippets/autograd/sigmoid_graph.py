import torch


def show(node, depth=0):
    """Print a node of the backward graph, then the nodes it passes gradients to."""
    print("    " * depth + type(node).__name__)
    for child, _ in node.next_functions:
        if child is not None:
            show(child, depth + 1)


x = torch.tensor(2.0)  # the input: a constant, no gradient wanted
w = torch.tensor(0.5, requires_grad=True)
b = torch.tensor(-0.2, requires_grad=True)
f = 1 / (torch.exp(-(w * x + b)) + 1)
show(f.grad_fn)

f.backward()
s = f.detach()  # the value of f as a plain constant (see "detach" below)
by_hand_w = s * (1 - s) * x  # df/dw = f (1 - f) x
by_hand_b = s * (1 - s)  # df/db = f (1 - f)
print(f"f = {s:.4f}")
print(w.grad, by_hand_w, torch.isclose(w.grad, by_hand_w))
print(b.grad, by_hand_b, torch.isclose(b.grad, by_hand_b))
