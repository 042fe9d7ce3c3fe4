import torch
import torch.nn.functional as F

p = torch.tensor([0.1, 0.2, 0.7])  # 标签本身是一个概率分布
o = torch.zeros(3, requires_grad=True)
l = -(p * torch.log_softmax(o, dim=0)).sum()  # H(p, softmax(o))
l.backward()
print("梯度：", o.grad, "softmax(o) - p：", torch.softmax(o.detach(), dim=0) - p)

o_star = torch.log(p).requires_grad_()  # 取 o = log p，则 softmax(o) = p
l_star = -(p * torch.log_softmax(o_star, dim=0)).sum()
l_star.backward()
print(
    "softmax(o*) = p 时梯度为 0：",
    torch.allclose(o_star.grad, torch.zeros(3), atol=1e-6),
)
print(f"此时损失 = H(p) = {l_star:.4f}，熵 {-(p * torch.log(p)).sum():.4f}")
print(f"F.cross_entropy 接受概率标签：{F.cross_entropy(o_star.detach(), p):.4f}")
