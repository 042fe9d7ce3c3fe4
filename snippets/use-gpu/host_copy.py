import torch

x = torch.tensor([1.5, 2.5])
print(x.sum().item())  # Python 的 float：数据必须在主机（CPU）内存里

a = x.numpy()  # CPU 张量转 NumPy：共用同一块内存，不复制
a[0] = 100
print(x)

y = torch.ones(2, device="meta")  # 不在主机内存里的张量
for convert in (lambda: y.sum().item(), lambda: y.numpy()):
    try:
        convert()
    except (RuntimeError, TypeError) as error:
        print(f"{type(error).__name__}: {error}")
