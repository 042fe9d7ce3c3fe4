import torch


def accuracy(y_hat, y):
    """预测正确的个数"""
    return int((y_hat.argmax(dim=1) == y).sum())


y = torch.tensor([0, 2])
y_hat = torch.tensor([[0.1, 0.3, 0.6], [0.3, 0.2, 0.5]])
print(y_hat.argmax(dim=1))
print(f"{accuracy(y_hat, y)}/{len(y)}")
