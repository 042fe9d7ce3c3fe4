import torch

torch.manual_seed(0)
x = torch.randn(2, dtype=torch.float64, requires_grad=True)
f = 3 * x[0] ** 2 + 5 * torch.exp(x[1])
f.backward()
by_hand = torch.stack([6 * x[0], 5 * torch.exp(x[1])]).detach()  # [6 x1, 5 e^x2]
print(torch.allclose(x.grad, by_hand))
