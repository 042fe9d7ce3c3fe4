import torch

for shape in [(5, 4), (4, 5)]:
    A = torch.arange(20, dtype=torch.float32).reshape(shape)
    print(shape, A.mean(), A.mean(axis=0))
