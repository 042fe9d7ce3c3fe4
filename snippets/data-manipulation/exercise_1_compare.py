import torch

X = torch.arange(12, dtype=torch.float32).reshape((3, 4))
Y = torch.tensor([[2.0, 1, 4, 3], [1, 2, 3, 4], [4, 3, 2, 1]])
print(X < Y)
print(X > Y)
# At every position exactly one of <, ==, > holds.
count = (X < Y).int() + (X == Y).int() + (X > Y).int()
print(torch.equal(count, torch.ones(3, 4, dtype=torch.int32)))
