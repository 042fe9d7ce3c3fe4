import torch

x = torch.arange(-3.0, 3.0, 0.5, requires_grad=True)
y = torch.relu(x)
print(y)
y.backward(torch.ones_like(x))
print(x.grad)
print(torch.unique(x.grad))  # 出现过的梯度值
print(bool(((x.grad == 0) | (x.grad == 1)).all()))  # 每个梯度非 0 即 1
print(x[6].item(), x.grad[6].item())  # x = 0 处 PyTorch 取梯度 0
