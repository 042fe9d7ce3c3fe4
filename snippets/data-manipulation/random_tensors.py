import torch

torch.manual_seed(0)
print(torch.randn(3, 4))
# normal(mean, std, size): randn is normal(0.0, 1.0, size).
print(torch.normal(10.0, 0.5, size=(2, 3)))
