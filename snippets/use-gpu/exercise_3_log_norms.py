import torch


def try_gpu(i=0):
    if torch.cuda.device_count() >= i + 1:
        return torch.device(f"cuda:{i}")
    return torch.device("cpu")


device = try_gpu()
generator = torch.Generator().manual_seed(0)
A = torch.randn(100, 100, generator=generator, dtype=torch.float64).to(device)
B = torch.randn(100, 100, generator=generator, dtype=torch.float64).to(device)

# 做法一：每次乘完就把范数取回主机（.item() 每次都要等设备算完）
log_each_step = []
for i in range(1000):
    C = A @ (B + i / 1000)
    log_each_step.append(torch.linalg.matrix_norm(C).item())

# 做法二：范数留在设备上，最后一次性取回
norms = []
for i in range(1000):
    C = A @ (B + i / 1000)
    norms.append(torch.linalg.matrix_norm(C))
log_at_end = torch.stack(norms).tolist()

print(len(log_each_step), log_each_step == log_at_end)
print([f"{v:.4f}" for v in log_at_end[:3]])
