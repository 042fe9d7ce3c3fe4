import torch
from torch.nn import functional as F

logits = torch.tensor([[8.0, 0.0, 0.0, 0.0]])  # 对类别 0 非常有把握
label = torch.tensor([0])
for smoothing in (0.0, 0.1):
    loss = F.cross_entropy(logits, label, label_smoothing=smoothing)
    print(f"label_smoothing={smoothing}：损失 {loss.item():.4f}")

# 平滑后的目标分布：正确类别 1 - ε + ε/K，其他类别 ε/K（K 为类别数）
epsilon, K = 0.1, 4
target = torch.full((K,), epsilon / K)
target[0] += 1 - epsilon
print("平滑后的目标：", [round(v, 3) for v in target.tolist()])

# logit 的差距 d 越大，普通交叉熵越小；平滑后的损失在某个有限的 d 处最小
for d in (2.0, 4.0, 6.0, 8.0, 12.0):
    z = torch.tensor([[d, 0.0, 0.0, 0.0]])
    plain = F.cross_entropy(z, label).item()
    smooth = F.cross_entropy(z, label, label_smoothing=epsilon).item()
    print(f"d={d:4.1f}：普通 {plain:.4f}，平滑 {smooth:.4f}")
