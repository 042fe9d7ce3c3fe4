import torch


def count_nodes(fn, seen=None):
    """Number of distinct nodes reachable from grad_fn fn in the graph."""
    seen = set() if seen is None else seen
    if fn is None or fn in seen:
        return len(seen)
    seen.add(fn)
    for next_fn, _ in fn.next_functions:
        count_nodes(next_fn, seen)
    return len(seen)


x = torch.tensor(2.0, requires_grad=True)
y = torch.sin(x) * x  # f(x) = x sin x

# create_graph=True: the backward pass itself is recorded as a new graph.
(dy,) = torch.autograd.grad(y, x, create_graph=True)
print("nodes of y:    ", count_nodes(y.grad_fn))
print("nodes of dy/dx:", count_nodes(dy.grad_fn))

(d2y,) = torch.autograd.grad(dy, x)
# f'(x) = sin x + x cos x, f''(x) = 2 cos x - x sin x
d1 = torch.sin(x) + x * torch.cos(x)
d2 = 2 * torch.cos(x) - x * torch.sin(x)
print(
    f"f'(2)  = {dy.item():.6f}  by hand {d1.item():.6f}", torch.isclose(dy, d1).item()
)
print(
    f"f''(2) = {d2y.item():.6f}  by hand {d2.item():.6f}", torch.isclose(d2y, d2).item()
)
