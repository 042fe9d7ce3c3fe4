import torch

X = torch.tensor([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
W1 = torch.tensor([[1.0, 1.0], [1.0, 1.0]])  # 两个隐藏单元都看 x1 + x2
b1 = torch.tensor([0.0, -1.0])
W2 = torch.tensor([[1.0], [-2.0]])
b2 = torch.tensor([0.0])

H = torch.relu(X @ W1 + b1)
O = H @ W2 + b2
print(H)
print(O.squeeze())
