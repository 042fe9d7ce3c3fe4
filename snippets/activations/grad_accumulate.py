import torch

x = torch.tensor([-2.0, 0.0, 2.0], requires_grad=True)
y = torch.relu(x)
y.backward(torch.ones_like(x), retain_graph=True)
print(x.grad)  # ReLU 的梯度

y = torch.sigmoid(x)
y.backward(torch.ones_like(x), retain_graph=True)  # 忘了先清零
print(x.grad)  # ReLU' + sigmoid'，不是我们要的

x.grad.zero_()
y.backward(torch.ones_like(x), retain_graph=True)  # 同一个图再反向传播一次
print(x.grad)  # 这才是 sigmoid 的梯度
