import math

import torch


def softmax(X):
    X_exp = torch.exp(X)
    partition = X_exp.sum(1, keepdim=True)
    return X_exp / partition


largest = torch.finfo(torch.float32).max
print(f"float32 的最大值：{largest:.4g}，它的自然对数：{math.log(largest):.2f}")
print(torch.exp(torch.tensor([50.0, 88.0, 89.0, 100.0])))
print(torch.exp(torch.tensor([50.0, 100.0, 1000.0], dtype=torch.float64)))
print(softmax(torch.tensor([[50.0, 0.0], [100.0, 0.0]])))
