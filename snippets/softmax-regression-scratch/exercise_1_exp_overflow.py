import torch


def softmax(X):
    X_exp = torch.exp(X)
    partition = X_exp.sum(1, keepdim=True)
    return X_exp / partition


print(torch.exp(torch.tensor([50.0, 88.0, 89.0, 100.0])))
print(torch.exp(torch.tensor([50.0, 100.0, 1000.0], dtype=torch.float64)))
print(softmax(torch.tensor([[50.0, 0.0], [100.0, 0.0]])))
