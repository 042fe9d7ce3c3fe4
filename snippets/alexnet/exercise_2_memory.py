import torch
from torch import nn

# D2L 7.1 的 AlexNet（与 alexnet_shapes.py 相同）

# D2L 7.1 的 AlexNet：单通道 224×224 输入，10 个类别

# D2L 7.1 的 AlexNet：单通道 224×224 输入，10 个类别
net = nn.Sequential(
    # 第 1 段：11×11 的大窗口，步幅 4，输出通道 96
    nn.Conv2d(1, 96, kernel_size=11, stride=4, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(kernel_size=3, stride=2),
    # 第 2 段：5×5 窗口，填充 2 保持高和宽，输出通道 256
    nn.Conv2d(96, 256, kernel_size=5, padding=2),
    nn.ReLU(),
    nn.MaxPool2d(kernel_size=3, stride=2),
    # 第 3 段：三个 3×3 卷积层，中间不做汇聚
    nn.Conv2d(256, 384, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.Conv2d(384, 384, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.Conv2d(384, 256, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(kernel_size=3, stride=2),
    # 全连接部分：两个 4096 单元的隐藏层，各带暂退法
    nn.Flatten(),
    nn.Linear(256 * 5 * 5, 4096),
    nn.ReLU(),
    nn.Dropout(p=0.5),
    nn.Linear(4096, 4096),
    nn.ReLU(),
    nn.Dropout(p=0.5),
    nn.Linear(4096, 10),
)

num_params = sum(p.numel() for p in net.parameters())
# 一张图像在每一层之后的输出元素个数（训练时反向传播要用，都得留在内存里）
X = torch.zeros(1, 1, 224, 224)
activations = 0
with torch.no_grad():
    for layer in net:
        X = layer(X)
        activations += X.numel()
print(f"参数：{num_params:,} 个，float32 下 {num_params * 4 / 2**20:.0f} MiB")
print(f"一张图像的各层输出：{activations:,} 个元素")
for batch_size in (1, 128, 256, 1024):
    mib = activations * batch_size * 4 / 2**20
    print(f"批量大小 {batch_size:>4}：各层输出共 {mib:7.1f} MiB")
