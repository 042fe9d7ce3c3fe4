import torch
from sklearn.datasets import load_digits

digits = load_digits()
X = torch.tensor(digits.data, dtype=torch.float64)
y = torch.tensor(digits.target)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]

# The same algorithm (nearest neighbour), fed more and more training data.
for n in [10, 30, 100, 300, 1437]:
    subset = train_idx[:n]
    nearest = torch.cdist(X[test_idx], X[subset]).argmin(dim=1)
    correct = (y[subset][nearest] == y[test_idx]).sum().item()
    print(f"{n:>5} training images: {correct}/{len(test_idx)} correct")
