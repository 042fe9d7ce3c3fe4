import torch
from sklearn.datasets import load_digits
from torch.utils.data import DataLoader, TensorDataset

digits = load_digits()  # 1,797 images, 8×8 pixels, values 0..16, 10 classes
# X: (1797, 1, 8, 8), values in [0, 1]
X = torch.tensor(digits.images, dtype=torch.float32).unsqueeze(1) / 16
y = torch.tensor(digits.target, dtype=torch.long)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]  # 1,437 train / 360 test

torch.manual_seed(0)
batch_size = 64
train_iter = DataLoader(
    TensorDataset(X[train_idx], y[train_idx]), batch_size, shuffle=True
)
test_iter = DataLoader(TensorDataset(X[test_idx], y[test_idx]), batch_size)

num_inputs, num_outputs = 64, 10
W = torch.normal(0, 0.01, size=(num_inputs, num_outputs), requires_grad=True)
b = torch.zeros(num_outputs, requires_grad=True)


def softmax(X):
    X_exp = torch.exp(X)
    partition = X_exp.sum(1, keepdim=True)
    return X_exp / partition  # 这里用到了广播机制


def net(X):
    return softmax(X.reshape((-1, W.shape[0])) @ W + b)


X_batch, y_batch = next(iter(train_iter))
print("W：", W.shape, "b：", b.shape, "参数个数：", W.numel() + b.numel())
print("输入：", X_batch.shape, "展平：", X_batch.reshape((-1, W.shape[0])).shape)
y_hat = net(X_batch)
print("输出：", y_hat.shape)
print("每行之和都是 1：", torch.allclose(y_hat.sum(1), torch.ones(len(y_hat))))
print(y_hat[0].detach())  # 初始权重很小，10 个概率都接近 0.1
