import torch

x = torch.tensor([-2.0, 0.0, 2.0], requires_grad=True)
y = torch.relu(x)
y.backward(torch.ones_like(x))
print(x.grad)  # ReLU 的梯度

y = torch.sigmoid(x)
y.backward(
    torch.ones_like(x), retain_graph=True
)  # 忘了先清零；保留图，下面还要再用一次
print(x.grad)  # ReLU' + sigmoid'，不是我们要的

x.grad.zero_()
y.backward(torch.ones_like(x))  # 同一个图的第二次反向传播
print(x.grad)  # 这才是 sigmoid 的梯度
