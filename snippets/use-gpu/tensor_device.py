import torch


def try_gpu(i=0):
    if torch.cuda.device_count() >= i + 1:
        return torch.device(f"cuda:{i}")
    return torch.device("cpu")


x = torch.tensor([1, 2, 3])
print(x.device)  # 默认在 CPU 上创建

X = torch.ones(2, 3, device=try_gpu())  # 直接在指定的设备上创建
print(X)
print(X.device)
