import torch
from torch import nn
from torch.utils.flop_counter import FlopCounterMode

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

params = {"Conv2d": 0, "Linear": 0}
flops = {"Conv2d": 0, "Linear": 0}
X = torch.zeros(1, 1, 224, 224)
with torch.no_grad():
    for layer in net:
        kind = layer.__class__.__name__
        with FlopCounterMode(display=False) as counter:
            X = layer(X)
        if kind in params:
            params[kind] += sum(p.numel() for p in layer.parameters())
            flops[kind] += counter.get_total_flops()
total_params, total_flops = sum(params.values()), sum(flops.values())
for kind, count in params.items():
    print(
        f"{kind:<7} 参数 {count:>10,}（{count / total_params:.1%}），"
        f"运算 {flops[kind] / 1e9:.2f} GFLOP（{flops[kind] / total_flops:.1%}）"
    )
