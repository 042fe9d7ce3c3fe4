import torch

X = torch.arange(24).reshape(2, 3, 4)
for axis in [0, 1, 2]:
    print(
        f"axis={axis}:",
        tuple(X.sum(axis=axis).shape),
        tuple(X.sum(axis=axis, keepdims=True).shape),
    )
