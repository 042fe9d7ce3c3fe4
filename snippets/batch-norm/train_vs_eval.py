import torch
from torch import nn

bn = nn.BatchNorm1d(2)  # 2 个特征；gamma 初始为 1，beta 初始为 0
X = torch.tensor([[1.0, 10.0], [2.0, 20.0], [3.0, 30.0], [6.0, 60.0]])


def show(tensor):
    return tensor.detach().double().numpy().round(3).tolist()


bn.train()
print("训练模式：", show(bn(X)))
print("移动平均：", show(bn.running_mean), show(bn.running_var))
bn.eval()
print("评估模式：", show(bn(X)))

# 训练模式下，一个样本的输出取决于同一小批量里的其他样本
X_other = X.clone()
X_other[3] = torch.tensor([100.0, 1000.0])  # 只改第 3 个样本
for mode in ("train", "eval"):
    getattr(bn, mode)()
    before, after = show(bn(X)[0]), show(bn(X_other)[0])
    print(f"{mode} 模式，改动第 3 个样本前后，第 0 个样本的输出：{before} -> {after}")

# 训练模式下，小批量只有一个样本时无法计算方差
bn.train()
try:
    bn(X[:1])
except ValueError as error:
    print(f"ValueError: {error}")
bn.eval()
print("评估模式下一个样本：", show(bn(X[:1])))
