import torch

torch.manual_seed(0)
Q, R = torch.linalg.qr(torch.randn(4, 4))
I = torch.eye(4)
# delta_ik = sum_j q_ij q_kj: rows i and k of Q, i.e. (Q Q^T)_ik
rows = torch.stack([torch.stack([Q[i] @ Q[k] for k in range(4)]) for i in range(4)])
print(torch.allclose(rows, I, atol=1e-6))
# sum_j q_ij q_jk is (Q Q)_ik instead
print(torch.allclose(Q @ Q, I, atol=1e-6))
