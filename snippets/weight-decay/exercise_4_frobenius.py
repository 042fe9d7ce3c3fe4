import torch

torch.manual_seed(0)
W = torch.randn(3, 4)
print(f"sum of squares: {(W**2).sum():.4f}")
print(f"‖W‖_F²:         {torch.linalg.matrix_norm(W) ** 2:.4f}")
print(f"tr(WᵀW):        {torch.trace(W.T @ W):.4f}")
print(f"vec(W)ᵀvec(W):  {W.reshape(-1) @ W.reshape(-1):.4f}")
