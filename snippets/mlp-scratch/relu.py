import torch


def relu(X):
    return torch.max(X, torch.zeros_like(X))


X = torch.tensor([[-1.5, 0.0, 2.0], [3.0, -0.5, 1.0]])
print(relu(X))
print(torch.equal(relu(X), torch.relu(X)))
