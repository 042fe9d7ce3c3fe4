import torch
from torch import nn


def batch_norm(X, gamma, beta, moving_mean, moving_var, eps, momentum, training):
    if not training:
        # 评估模式：用训练时累积的移动平均规范化
        X_hat = (X - moving_mean) / torch.sqrt(moving_var + eps)
    else:
        assert X.dim() in (2, 4)
        # 全连接层：每个特征在小批量上求均值和方差；
        # 卷积层：每个通道在小批量和所有空间位置上求均值和方差
        dims = (0,) if X.dim() == 2 else (0, 2, 3)
        mean = X.mean(dim=dims, keepdim=True)
        var = ((X - mean) ** 2).mean(dim=dims, keepdim=True)
        X_hat = (X - mean) / torch.sqrt(var + eps)
        with torch.no_grad():  # 移动平均不参与求梯度
            n = X.numel() // X.shape[1]  # 每个通道参与统计的元素个数
            moving_mean = (1 - momentum) * moving_mean + momentum * mean
            # 与 PyTorch 一致：移动平均用方差的无偏估计（除以 n - 1）
            moving_var = (1 - momentum) * moving_var + momentum * var * n / (n - 1)
    return gamma * X_hat + beta, moving_mean, moving_var


class BatchNorm(nn.Module):
    """num_features：全连接层的输出个数或卷积层的输出通道数；
    num_dims：2 表示全连接层，4 表示卷积层。"""

    def __init__(self, num_features, num_dims):
        super().__init__()
        shape = (1, num_features) if num_dims == 2 else (1, num_features, 1, 1)
        # 拉伸参数和偏移参数，参与求梯度，初始化为 1 和 0
        self.gamma = nn.Parameter(torch.ones(shape))
        self.beta = nn.Parameter(torch.zeros(shape))
        # 移动平均不是模型参数：注册为缓冲区，随 state_dict 保存，随 .to() 移动
        self.register_buffer("moving_mean", torch.zeros(shape))
        self.register_buffer("moving_var", torch.ones(shape))

    def forward(self, X):
        Y, self.moving_mean, self.moving_var = batch_norm(
            X, self.gamma, self.beta, self.moving_mean, self.moving_var,
            eps=1e-5, momentum=0.1, training=self.training,
        )  # fmt: skip
        return Y


torch.manual_seed(0)
cases = [
    ("卷积层（4 维）", BatchNorm(3, num_dims=4), nn.BatchNorm2d(3), (8, 3, 5, 5)),
    ("全连接层（2 维）", BatchNorm(4, num_dims=2), nn.BatchNorm1d(4), (16, 4)),
]
for name, ours, theirs, shape in cases:
    same_output = True
    for step in range(5):  # 训练模式：5 个小批量，均值 2、标准差 3
        X = torch.randn(shape) * 3 + 2
        same_output &= torch.allclose(ours(X), theirs(X), atol=1e-6)
    print(name)
    print("  训练模式的输出相同：", same_output)
    print(
        "  移动平均相同：",
        torch.allclose(ours.moving_mean.flatten(), theirs.running_mean),
        torch.allclose(ours.moving_var.flatten(), theirs.running_var),
    )
    ours.eval()
    theirs.eval()
    X = torch.randn(shape) * 3 + 2
    print("  评估模式的输出相同：", torch.allclose(ours(X), theirs(X), atol=1e-6))
    print("  移动平均的均值：", theirs.running_mean.numpy().round(3))
