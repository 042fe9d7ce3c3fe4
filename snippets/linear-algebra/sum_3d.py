import torch

X = torch.arange(24).reshape(2, 3, 4)
for axis in [0, 1, 2, [1, 2]]:
    s = X.sum(axis=axis)
    print(f"axis={axis}: shape {tuple(s.shape)}")
    print(s)
