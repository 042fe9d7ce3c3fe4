import torch

X = torch.arange(24).reshape(2, 3, 4)
print(len(X), X.shape[0])
for shape in [(5,), (4, 1), (1, 4), (7, 2, 3, 2)]:
    T = torch.zeros(shape)
    print(shape, len(T) == T.shape[0])
try:
    len(torch.tensor(3.0))  # a scalar has no axis 0
except TypeError as error:
    print(f"TypeError: {error}")
