import torch

x = torch.tensor([-2.0, 0.0, 0.5, 3.0], requires_grad=True)
y = torch.tanh(x).sum()
(g,) = torch.autograd.grad(y, x, create_graph=True)  # 一阶导数，同时记录它的计算图
print("first derivative has grad_fn:", g.grad_fn is not None)
(g2,) = torch.autograd.grad(g.sum(), x)  # 对一阶导数再求导
t = torch.tanh(x.detach())
print("d²/dx² tanh:", [round(v, 4) for v in g2.tolist()])
print("-2 tanh (1 - tanh²):", [round(v, 4) for v in (-2 * t * (1 - t**2)).tolist()])
