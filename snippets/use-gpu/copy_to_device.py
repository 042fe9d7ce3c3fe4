import torch


def try_gpu(i=0):
    if torch.cuda.device_count() >= i + 1:
        return torch.device(f"cuda:{i}")
    return torch.device("cpu")


X = torch.ones(2, 3, device=try_gpu())
Z = X.to(try_gpu(1))  # 复制到第 2 块 GPU；没有它时 try_gpu(1) 是 CPU
print(X.device, Z.device, Z is X)
print(Z.to(Z.device) is Z)  # 已经在目标设备上：返回它自己，不复制

if torch.cuda.device_count() >= 2:
    W = X.cuda(1)  # 与 X.to("cuda:1") 相同
    print(W.device, (W + Z).device, W.cuda(1) is W)
else:
    print(f"{torch.cuda.device_count()} GPU(s): X.cuda(1) needs 2")
