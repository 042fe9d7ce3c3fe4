import torch

w = torch.zeros(2, requires_grad=True)
loss = (w - torch.tensor([2.0, -3.4])).pow(2).sum()
loss.backward()
try:
    w -= 0.1 * w.grad  # 忘了 with torch.no_grad()
except RuntimeError as error:
    print(f"RuntimeError: {error}")
