import torch

S = torch.arange(16, dtype=torch.float32).reshape(4, 4)
wrong = S / S.sum(axis=1)  # no error, but divides column j by row sum j
right = S / S.sum(axis=1, keepdims=True)
print(wrong.sum(axis=1))
print(right.sum(axis=1))
