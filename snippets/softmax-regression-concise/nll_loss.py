import torch
from torch import nn

try:
    nn.NLLloss()
except AttributeError as error:
    print(f"AttributeError: {error}")
try:
    nn.CrossEntyopyLoss()
except AttributeError as error:
    print(f"AttributeError: {error}")

o = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])  # logit
y = torch.tensor([0, 2])
p = torch.softmax(o, dim=1)
nll = nn.NLLLoss()
print(
    f"NLLLoss(概率)     = {nll(p, y).item():.4f}"
)  # 只是 -p[i, y_i] 的平均，没有取对数
print(f"-p[i, y_i] 的平均 = {-p[range(2), y].mean().item():.4f}")
print(f"NLLLoss(log 概率) = {nll(torch.log_softmax(o, dim=1), y).item():.4f}")
print(f"CrossEntropyLoss  = {nn.CrossEntropyLoss()(o, y).item():.4f}")
