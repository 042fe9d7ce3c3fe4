import torch


def try_gpu(i=0):
    """如果存在第 i 块 GPU（从 0 数起），返回它；否则返回 CPU。"""
    if torch.cuda.device_count() >= i + 1:
        return torch.device(f"cuda:{i}")
    return torch.device("cpu")


def try_all_gpus():
    """返回所有可用的 GPU；一块都没有时，返回 [CPU]。"""
    devices = [torch.device(f"cuda:{i}") for i in range(torch.cuda.device_count())]
    return devices if devices else [torch.device("cpu")]


print(repr(try_gpu()), repr(try_gpu(10)))
print(try_all_gpus())
