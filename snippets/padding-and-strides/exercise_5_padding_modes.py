import torch
import torch.nn.functional as F

x = torch.arange(1.0, 6.0).reshape(1, 1, 5)  # [1, 2, 3, 4, 5]
for mode in ["constant", "reflect", "replicate", "circular"]:
    print(f"{mode:9s}", F.pad(x, (2, 2), mode=mode)[0, 0].tolist())
