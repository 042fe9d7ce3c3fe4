import math

import torch

torch.manual_seed(0)
max_degree, n_train, n_test = 20, 100, 100
true_w = torch.zeros(max_degree)
true_w[:4] = torch.tensor([5, 1.2, -3.4, 5.6])

x = torch.randn(n_train + n_test, 1)
factorials = torch.tensor(
    [math.factorial(i) for i in range(max_degree)], dtype=torch.float32
)
poly_features = x ** torch.arange(max_degree) / factorials  # 第 i 列是 x^i / i!
labels = poly_features @ true_w + 0.1 * torch.randn(n_train + n_test)

print(poly_features.shape, labels.shape)
torch.set_printoptions(precision=4, sci_mode=False)
print(x[:2].squeeze())
print(poly_features[:2, :6])
print(labels[:2])
