import torch

for X in [torch.ones(4, 9), torch.eye(4)]:
    fro = torch.linalg.matrix_norm(X, ord="fro")
    spectral = torch.linalg.matrix_norm(X, ord=2)
    print(tuple(X.shape), round(fro.item(), 4), round(spectral.item(), 4))
