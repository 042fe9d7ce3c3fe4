import torch

torch.manual_seed(0)
t = torch.randn(1, 3)
t1 = torch.randn(3, 1)
t2 = torch.randn(1, 3)

out = torch.addcdiv(t, t1, t2, value=0.1)
print(out.shape)
print(torch.allclose(out, t + 0.1 * (t1 / t2)))
