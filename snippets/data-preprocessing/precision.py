import math

import torch

for dtype in [torch.float32, torch.float64]:
    info = torch.finfo(dtype)
    digits = -math.log10(info.eps)  # significant decimal digits, roughly
    print(dtype, "bytes:", info.bits // 8, "eps:", info.eps, f"digits: {digits:.2f}")
print(torch.tensor(0.1, dtype=torch.float64).item())
print(torch.tensor(0.1, dtype=torch.float32).item())
print(torch.get_default_dtype())
