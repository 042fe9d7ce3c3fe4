import torch
import torch.nn.functional as F

signal = torch.arange(10.0).reshape(1, 1, 10)  # 10 个采样点
# 步幅 2、卷积核 [1]：每隔一个采样点取一个，采样率减半
print(F.conv1d(signal, torch.tensor([[[1.0]]]), stride=2))
print(signal[..., ::2])
# 步幅 2、卷积核 [0.5, 0.5]：相邻两个采样点取平均后再减半
print(F.conv1d(signal, torch.tensor([[[0.5, 0.5]]]), stride=2))
