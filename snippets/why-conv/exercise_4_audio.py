import torch
from torch import nn

torch.manual_seed(0)
# 音频是一维信号：形状（批量大小，通道数，时间步）
signal = torch.zeros(1, 1, 40)
signal[0, 0, 5:12] = torch.sin(torch.linspace(0, 3.14, 7))  # 一个短促的声音
delayed = torch.roll(signal, shifts=10, dims=2)  # 同一个声音晚 10 个时间步出现
conv = nn.Conv1d(1, 4, kernel_size=5, padding=2)  # 4 个通道，每个卷积核跨 5 个时间步
with torch.no_grad():
    H, H_delayed = conv(signal), conv(delayed)
print(H.shape)
print(torch.allclose(torch.roll(H, 10, dims=2)[..., 2:-2], H_delayed[..., 2:-2]))
