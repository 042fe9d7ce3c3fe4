import torch

x = torch.arange(4.0, requires_grad=True)
y = x * x
y.sum().backward()
by_sum = x.grad.clone()

x.grad.zero_()
y = x * x
y.backward(gradient=torch.ones(len(x)))
print(by_sum)
print(x.grad)
print(torch.equal(by_sum, x.grad))
