import torch
import torch.nn.functional as F

torch.manual_seed(0)
X = torch.randn(1, 1, 4, 4)
windows = F.unfold(X, kernel_size=2, stride=2)[0]  # 每列是一个 2×2 窗口的 4 个元素
for beta in [0.0, 1.0, 10.0, 100.0]:
    # softmax 加权平均：权重 softmax(beta * x)；beta=0 是平均汇聚，beta 很大时趋向最大汇聚
    weights = torch.softmax(beta * windows, dim=0)
    soft = (weights * windows).sum(dim=0).reshape(2, 2)
    print(f"beta={beta:5.1f}:", [f"{v:.3f}" for v in soft.flatten().tolist()])
print("average:  ", [f"{v:.3f}" for v in F.avg_pool2d(X, 2).flatten().tolist()])
print("maximum:  ", [f"{v:.3f}" for v in F.max_pool2d(X, 2).flatten().tolist()])
