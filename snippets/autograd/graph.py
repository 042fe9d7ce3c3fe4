import torch


def show(node, depth=0):
    """Print a node of the backward graph, then the nodes it passes gradients to."""
    print("    " * depth + type(node).__name__)
    for child, _ in node.next_functions:
        if child is not None:
            show(child, depth + 1)


x = torch.arange(4.0, requires_grad=True)
y = 2 * torch.dot(x, x)
show(y.grad_fn)
