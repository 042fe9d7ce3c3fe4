import torch

examples = {
    "scalar": torch.tensor(3.5),
    "vector": torch.arange(4),
    "matrix": torch.arange(12).reshape(3, 4),
    "image": torch.zeros(3, 28, 28),  # channels, height, width
    "batch": torch.zeros(64, 3, 28, 28),  # 64 such images
}
for name, t in examples.items():
    print(f"{name:<7} ndim={t.ndim}  shape={tuple(t.shape)}")
