import torch

x = torch.arange(-3.0, 3.0, 0.5, requires_grad=True)
y = torch.relu(x)
print(y)
y.backward(torch.ones_like(x), retain_graph=True)
print(x.grad)
print(torch.unique(x.grad))  # 梯度只有 0 和 1 两种取值
print(x[6].item(), x.grad[6].item())  # x = 0 处 PyTorch 取梯度 0
