import torch

torch.manual_seed(0)
X = torch.normal(0, 1, (1000, 2), dtype=torch.float64)
A = torch.cat([X, torch.ones(1000, 1, dtype=torch.float64)], dim=1)
true = torch.tensor([2.0, -3.4, 4.2], dtype=torch.float64)
eps = torch.normal(0, 1, (1000,), dtype=torch.float64)  # 同一组标准正态噪声

errors = {}
for sigma in [0.01, 0.1, 1.0]:
    y = A @ true + sigma * eps
    solution = torch.linalg.lstsq(A, y).solution
    errors[sigma] = (solution - true).abs().max().item()
    print(f"sigma = {sigma}: 解析解与真实参数之差的最大绝对值 {errors[sigma]:.4g}")
print(f"比值：{errors[0.1] / errors[0.01]:.4f}, {errors[1.0] / errors[0.01]:.4f}")
