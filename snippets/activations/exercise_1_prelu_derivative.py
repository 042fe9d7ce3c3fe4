import torch
import torch.nn.functional as F

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0], requires_grad=True)
alpha = torch.tensor([0.25], requires_grad=True)
F.prelu(x, alpha).sum().backward()

print("d/dx      autograd:", x.grad.tolist())
print("d/dx      formula: ", torch.where(x > 0, 1.0, alpha.detach()).tolist())
print("d/dalpha  autograd:", alpha.grad.item())
print("d/dalpha  formula: ", torch.clamp(x.detach(), max=0).sum().item())
