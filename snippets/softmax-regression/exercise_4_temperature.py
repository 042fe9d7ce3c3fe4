import torch

o = torch.tensor([1.0, 2.0, 3.0])
print("softmax(o)       ", torch.softmax(o, dim=0))
print("softmax(o - 5)   ", torch.softmax(o - 5, dim=0))
for lam in [0.01, 1.0, 10.0, 100.0]:
    print(f"softmax({lam:>5} * o)", torch.softmax(lam * o, dim=0))
