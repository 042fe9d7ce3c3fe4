import torch
from torch import nn

torch.manual_seed(0)
dropout = nn.Dropout(p=0.5)
X = torch.ones(2, 8)
print("training:", dropout.training)
print(dropout(X))
dropout.eval()  # 评估模式：原样输出
print("training:", dropout.training)
print(dropout(X))

net = nn.Sequential(nn.Linear(8, 4), nn.ReLU(), nn.Dropout(0.5), nn.Linear(4, 2))
net.eval()  # 递归地作用于每个子模块
print([m.training for m in net])
net.train()
print([m.training for m in net])
