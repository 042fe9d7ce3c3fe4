import torch

perm = [2, 0, 3, 1]  # pi(0)=2, pi(1)=0, pi(2)=3, pi(3)=1
P = torch.eye(4)[perm]  # row i of P is e_{pi(i)}
print(P)
x = torch.tensor([10.0, 20.0, 30.0, 40.0])
print(P @ x, x[perm])
print(torch.equal(P @ P.T, torch.eye(4)), torch.equal(P.T @ (P @ x), x))
