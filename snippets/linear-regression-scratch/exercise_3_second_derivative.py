import torch

torch.manual_seed(0)
A = torch.cat([torch.normal(0, 1, (100, 2)), torch.ones(100, 1)], dim=1)
y = torch.normal(0, 1, (100,))
theta = torch.zeros(3, requires_grad=True)

loss = ((A @ theta - y) ** 2 / 2).mean()
(grad,) = torch.autograd.grad(loss, theta, create_graph=True)  # 保留梯度的计算图
rows = [torch.autograd.grad(grad[j], theta, retain_graph=True)[0] for j in range(3)]
hessian = torch.stack(rows)
print(hessian)
print("等于 A^T A / n：", torch.allclose(hessian, A.T @ A / 100))

loss = ((A @ theta - y) ** 2 / 2).mean()
(grad,) = torch.autograd.grad(loss, theta)  # 没有 create_graph=True
print("grad.requires_grad:", grad.requires_grad)
try:
    torch.autograd.grad(grad[0], theta)
except RuntimeError as error:
    print(f"RuntimeError: {error}")
