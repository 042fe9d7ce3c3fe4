import torch

y = torch.tensor([1.0, 2.0, 4.0, 7.0])  # 偶数个样本
for c in [1.5, 2.0, 3.0, 4.0, 5.0]:
    print(f"c = {c}: 平均绝对值损失 {(y - c).abs().mean():.4f}")
print("torch.median 返回：", y.median().item())
