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

# Both inputs of the dot product are x: the two edges lead to one node, x's.
dot = y.grad_fn.next_functions[0][0]
(first, _), (second, _) = dot.next_functions
print(first is second, first.variable is x)
