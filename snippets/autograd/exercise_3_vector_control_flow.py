import torch


def f(a):
    b = a * 2
    while b.norm() < 1000:
        b = b * 2
    if b.sum() > 0:
        c = b
    else:
        c = 100 * b
    return c


torch.manual_seed(0)
a = torch.randn(2, 3, requires_grad=True)
d = f(a)
print(d.shape)  # d is a matrix now: d.backward() alone would fail
d.sum().backward()  # the gradient of sum(d), i.e. v = all ones
print(a.grad)
k = d / a  # one common factor k for every element
print(torch.allclose(k, k[0, 0]), torch.allclose(a.grad, k))
