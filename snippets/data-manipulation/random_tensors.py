import torch

torch.manual_seed(0)
print(torch.randn(3, 4))  # standard normal N(0, 1)
print(torch.normal(10.0, 0.5, size=(2, 3)))  # mean 10, standard deviation 0.5
print(torch.rand(2, 3))  # uniform on [0, 1)
print(torch.randint(1, 10, (2, 3)))  # integers from 1 to 9: 10 is excluded
print(torch.randperm(5))  # 0, 1, 2, 3, 4 in random order
