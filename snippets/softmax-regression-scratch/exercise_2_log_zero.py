import torch


def softmax(X):
    X_exp = torch.exp(X)
    partition = X_exp.sum(1, keepdim=True)
    return X_exp / partition


def cross_entropy(y_hat, y):
    return -torch.log(y_hat[range(len(y_hat)), y])


o = torch.tensor([[120.0, 0.0]], requires_grad=True)  # 模型非常确信是类别 0
y = torch.tensor([1])  # 真实类别却是 1
y_hat = softmax(o - o.max())  # 即使先减去最大值
print("y_hat：", y_hat.detach())
l = cross_entropy(y_hat, y)
l.backward()
print("损失：", l.detach(), "梯度：", o.grad)
