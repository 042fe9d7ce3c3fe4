import torch

torch.manual_seed(0)
Z = torch.randn(4, 6)
p = 0.5
mask = (torch.rand(Z.shape) > p).float()


def drop(T):
    return mask * T / (1 - p)  # 同一个掩码


print(
    "dropout(relu(z)) == relu(dropout(z)):",
    torch.equal(drop(torch.relu(Z)), torch.relu(drop(Z))),
)
print(
    "dropout(tanh(z)) == tanh(dropout(z)):",
    torch.equal(drop(torch.tanh(Z)), torch.tanh(drop(Z))),
)
