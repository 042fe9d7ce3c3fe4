import torch

a = torch.arange(6).reshape((2, 1, 3))
b = torch.arange(4).reshape((1, 4, 1))
print(torch.broadcast_shapes(a.shape, b.shape))  # (2,1,3) and (1,4,1) -> (2,4,3)
c = a + b
# The same result, with both tensors expanded to (2, 4, 3) by hand.
expanded = a.expand(2, 4, 3) + b.expand(2, 4, 3)
print(c.shape, torch.equal(c, expanded))
print(c[1, 2, 0], a[1, 0, 0] + b[0, 2, 0])  # c[i, j, k] = a[i, 0, k] + b[0, j, 0]
try:
    a + torch.arange(8).reshape((1, 4, 2))  # last axes: 3 vs 2
except RuntimeError as error:
    print(f"RuntimeError: {error}")
