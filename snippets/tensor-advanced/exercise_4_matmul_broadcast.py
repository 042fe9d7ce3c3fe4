import torch

torch.manual_seed(0)
A = torch.randn(5, 2, 3)  # a batch of 5 matrices 2 x 3
W = torch.randn(3, 4)  # one matrix 3 x 4, shared by the whole batch

out = A @ W  # W is broadcast over the batch axis
print(out.shape)
same = torch.bmm(A, W.expand(5, 3, 4))  # bmm wants W repeated explicitly
print(torch.allclose(out, same))
print(torch.allclose(out[3], A[3] @ W))
print(W.expand(5, 3, 4).stride())  # stride 0: expand copies nothing
