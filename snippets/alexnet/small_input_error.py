import torch
from torch import nn

# 与 alexnet_shapes.py 相同的 AlexNet（只取到最后一个汇聚层，全连接部分不影响这个问题）
features = nn.Sequential(
    nn.Conv2d(1, 96, kernel_size=11, stride=4, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(kernel_size=3, stride=2),
    nn.Conv2d(96, 256, kernel_size=5, padding=2),
    nn.ReLU(),
    nn.MaxPool2d(kernel_size=3, stride=2),
    nn.Conv2d(256, 384, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.Conv2d(384, 384, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.Conv2d(384, 256, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(kernel_size=3, stride=2),
)

X = torch.zeros(1, 1, 28, 28)  # Fashion-MNIST 的原始大小
try:
    for layer in features:
        X = layer(X)
        print(f"{layer.__class__.__name__:<10}{tuple(X.shape)}")
except RuntimeError as error:
    print(f"RuntimeError: {error}")
