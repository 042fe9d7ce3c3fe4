import time

import torch


def run(matrices, devices):
    """在 devices 列出的 GPU 上各做 10 次矩阵乘法，返回总耗时（秒）。"""
    for i in range(torch.cuda.device_count()):
        torch.cuda.synchronize(i)
    start = time.perf_counter()
    for i in devices:
        for _ in range(10):
            matrices[i] @ matrices[i]  # 只是排进 GPU i 的队列，立即返回
    for i in range(torch.cuda.device_count()):
        torch.cuda.synchronize(i)  # 等所有 GPU 做完
    return time.perf_counter() - start


count = torch.cuda.device_count()
if count >= 2:
    matrices = [torch.randn(4096, 4096, device=f"cuda:{i}") for i in range(2)]
    one = run(matrices, [0, 0])  # 两份工作都在 cuda:0 上，依次执行
    two = run(matrices, [0, 1])  # 每块 GPU 一份，同时执行
    print(f"one GPU {one:.3f} s, two GPUs {two:.3f} s")
else:
    print(f"{count} GPU(s): this exercise needs 2")
