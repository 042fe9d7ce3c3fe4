import torch
from sklearn.datasets import load_digits

digits = load_digits()  # 1797 handwritten digits, 8×8 pixels, with their labels
X = torch.tensor(digits.data, dtype=torch.float64)  # (1797, 64)
y = torch.tensor(digits.target)
perm = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
train_idx, test_idx = perm[:1437], perm[1437:]

# No rule about strokes or loops: answer with the label of the closest training image.
distances = torch.cdist(X[test_idx], X[train_idx])  # (360, 1437)
predicted = y[train_idx][distances.argmin(dim=1)]
correct = (predicted == y[test_idx]).sum().item()
print(f"correct on the test images: {correct}/{len(test_idx)}")
