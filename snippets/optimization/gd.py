import torch

torch.manual_seed(0)
X = torch.randn(300, 2)  # 300 个样本，2 个特征
y = X @ torch.tensor([2.0, -3.4]) + 4.2 + 0.1 * torch.randn(300)


def loss_fn(w, b):  # 平方损失在全部样本上的平均
    return 0.5 * ((X @ w + b - y) ** 2).mean()


w = torch.zeros(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
lr = 0.1
print(f"step  0, loss {loss_fn(w, b).item():.6f}")
for step in range(1, 51):
    loss = loss_fn(w, b)
    loss.backward()
    with torch.no_grad():  # 更新参数这一步不需要记录计算图
        w -= lr * w.grad
        b -= lr * b.grad
        w.grad.zero_()
        b.grad.zero_()
    if step % 10 == 0:
        print(f"step {step:2d}, loss {loss_fn(w, b).item():.6f}")
print("w:", w.detach(), "b:", b.detach())
