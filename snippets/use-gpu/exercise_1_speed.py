import time

import torch


def try_all_gpus():
    devices = [torch.device(f"cuda:{i}") for i in range(torch.cuda.device_count())]
    return devices if devices else [torch.device("cpu")]


def timed_matmul(n, device):
    """n x n 矩阵乘法的结果和耗时（秒）。"""
    generator = torch.Generator().manual_seed(0)
    A = torch.randn(n, n, generator=generator).to(device)
    if device.type == "cuda":
        torch.cuda.synchronize(device)  # GPU 异步执行：计时前后都要等它做完
    start = time.perf_counter()
    C = A @ A
    if device.type == "cuda":
        torch.cuda.synchronize(device)
    return C.cpu(), time.perf_counter() - start


devices = list(dict.fromkeys([torch.device("cpu"), *try_all_gpus()]))
for n in (16, 1024):
    results = {device: timed_matmul(n, device) for device in devices}
    # 耗时每次运行都不同，本站只打印由它得出的、稳定的结论；自己运行时可以打印 seconds
    for device, (C, seconds) in results.items():
        print(f"n={n} {device}: {2 * n**3:,} flops, {C.shape}")
    reference = results[torch.device("cpu")][0]
    print(
        "same results:",
        all(
            torch.allclose(C, reference, rtol=1e-3, atol=1e-3)
            for C, _ in results.values()
        ),
    )
