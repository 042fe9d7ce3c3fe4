import torch

torch.manual_seed(0)
X = torch.normal(0, 1, (10, 2))  # 一个小批量：10 个样本
y = X @ torch.tensor([[2.0], [-3.4]]) + 4.2
w = torch.normal(0, 0.01, size=(2, 1), requires_grad=True)
b = torch.zeros(1, requires_grad=True)

l = (X @ w + b - y) ** 2 / 2  # 形状 (10, 1)：每个样本的平方损失
l.sum().backward()  # 对小批量求和后反向传播
residual = (X @ w + b - y).detach()
print("w.grad 等于 X^T (Xw + b - y)：", torch.allclose(w.grad, X.T @ residual))
print("b.grad 等于残差之和：", torch.allclose(b.grad, residual.sum().reshape(1)))

lr, batch_size = 0.03, 10
expected_w = w.detach() - lr / batch_size * X.T @ residual
with torch.no_grad():  # sgd 的内容
    for param in (w, b):
        param -= lr * param.grad / batch_size
        param.grad.zero_()
print("更新与公式一致：", torch.allclose(w.detach(), expected_w))
print("梯度已清零：", w.grad.reshape(-1), b.grad)
