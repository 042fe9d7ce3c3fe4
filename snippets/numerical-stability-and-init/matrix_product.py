import torch

torch.manual_seed(0)
M = torch.normal(0, 1, size=(4, 4))
print("a matrix:\n", M)
for i in range(100):
    M = M @ torch.normal(0, 1, size=(4, 4))
    if (i + 1) % 25 == 0:
        print(f"after {i + 1:3d} products: max |entry| = {M.abs().max().item():.3e}")
print("after 100 products:\n", M)
print(f"largest float32: {torch.finfo(torch.float32).max:.2e}")
