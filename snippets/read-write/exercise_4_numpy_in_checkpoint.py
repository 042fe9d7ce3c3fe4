import pickle

import numpy as np
import torch

mean = np.array([0.5, 0.25])  # 例如数据预处理时算出的均值
torch.save({"mean": mean}, "stats.pt")
try:
    torch.load("stats.pt")
except pickle.UnpicklingError as error:
    reason = [line.strip() for line in str(error).splitlines() if "Unsupported" in line]
    print(f"UnpicklingError: ... {reason[0]}")

torch.save({"mean": torch.from_numpy(mean)}, "stats.pt")  # 存成张量
stats = torch.load("stats.pt")
print(stats["mean"], stats["mean"].numpy())
