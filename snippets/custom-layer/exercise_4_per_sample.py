import torch
from torch import nn


class CenteredLayer(nn.Module):
    def forward(self, X):
        return X - X.mean()  # 整个批量所有元素的均值


class PerSampleCentered(nn.Module):
    def forward(self, X):
        return X - X.mean(dim=1, keepdim=True)  # 每个样本（每一行）各自的均值


a = torch.tensor([[1.0, 2.0, 3.0]])
b = torch.tensor([[10.0, 20.0, 30.0]])
batch = torch.cat((a, b))
print(CenteredLayer()(a))
print(CenteredLayer()(batch)[0])  # 同一个样本，换了批量结果就变了
print(PerSampleCentered()(a))
print(PerSampleCentered()(batch)[0])
