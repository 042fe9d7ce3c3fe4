import torch
from sklearn.datasets import load_digits

digits = load_digits()
X = (
    torch.tensor(digits.images, dtype=torch.float64).reshape(-1, 64) / 16
)  # float64：与线程数无关
y = torch.tensor(digits.target, dtype=torch.long)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]


def train_softmax(W, b, steps=100, lr=0.5):
    W.requires_grad_(True)
    b.requires_grad_(True)
    for step in range(steps):  # 全批量梯度下降
        loss = torch.nn.functional.cross_entropy(X[train_idx] @ W + b, y[train_idx])
        loss.backward()
        if step == 0:
            cols_equal = all(torch.equal(W.grad[:, 0], W.grad[:, k]) for k in range(10))
            print("  first gradient: all classes' columns equal?", cols_equal)
        with torch.no_grad():
            for param in (W, b):
                param -= lr * param.grad
                param.grad.zero_()
    correct = ((X[test_idx] @ W + b).argmax(dim=1) == y[test_idx]).sum().item()
    print(f"  loss {loss.item():.4f}, test acc {correct}/{len(test_idx)}")


print("all weights 0:")
train_softmax(
    torch.zeros(64, 10, dtype=torch.float64), torch.zeros(10, dtype=torch.float64)
)
print("random weights N(0, 0.01²):")
torch.manual_seed(0)
W = torch.normal(0, 0.01, (64, 10), dtype=torch.float64)
train_softmax(W, torch.zeros(10, dtype=torch.float64))
