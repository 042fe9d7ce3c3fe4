import torch

x = torch.tensor([2.0, 3.5, 1.0, 4.0, 7.5])
b = torch.zeros(1, requires_grad=True)
for step in range(100):  # 梯度下降最小化 sum_i (x_i - b)^2
    loss = ((x - b) ** 2).sum()
    loss.backward()
    with torch.no_grad():
        b -= 0.05 * b.grad
        b.grad.zero_()
print(f"梯度下降得到的 b：{b.item():.4f}，样本均值：{x.mean():.4f}")

# 把 x_i 看成来自 N(b, 1) 的观测：负对数似然在样本均值处最小
candidates = torch.tensor([3.0, x.mean().item(), 4.0])
for c in candidates:
    nll = -torch.distributions.Normal(c, 1.0).log_prob(x).sum()
    print(f"b = {c:.2f}: 负对数似然 {nll:.4f}")
