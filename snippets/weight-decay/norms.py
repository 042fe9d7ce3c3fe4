import torch

w = torch.tensor([3.0, -4.0, 0.0, 1.0], requires_grad=True)
print("L1 norm:", torch.abs(w).sum().item(), torch.linalg.vector_norm(w, ord=1).item())
print("L2 norm:", torch.sqrt((w**2).sum()).item(), torch.linalg.vector_norm(w).item())

lambd = 0.1
penalty = lambd / 2 * (w**2).sum()  # λ/2 ‖w‖²，没有平方根
penalty.backward()
print("penalty:", round(penalty.item(), 4))
print("gradient:", w.grad)
print("gradient == λw:", torch.allclose(w.grad, lambd * w.detach()))
