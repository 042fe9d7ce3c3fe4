import torch

torch.manual_seed(0)
a = torch.randn(5)
b = torch.randn(5)
lhs = torch.dot(a, b).abs().item()
rhs = (torch.norm(a) * torch.norm(b)).item()
print(round(lhs, 4), round(rhs, 4), lhs <= rhs)
cos = torch.dot(a, b) / (torch.norm(a) * torch.norm(b))
print(round(cos.item(), 4))
c = -2 * a  # parallel to a: equality holds
print(torch.allclose(torch.dot(a, c).abs(), torch.norm(a) * torch.norm(c)))
