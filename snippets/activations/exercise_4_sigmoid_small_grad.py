import math

import torch

r = math.sqrt(1 - 4 * 0.01)
s = (1 + r) / 2  # s (1 - s) = 0.01 的较大的根
x0 = math.log(s / (1 - s))  # sigmoid(x0) = s
print(f"x0 = {x0:.4f}")

x = torch.tensor([x0 - 0.01, x0, x0 + 0.01], dtype=torch.float64, requires_grad=True)
torch.sigmoid(x).backward(torch.ones_like(x))
print([f"{g:.5f}" for g in x.grad.tolist()])
