import torch

torch.manual_seed(0)
d, h, q, lambd = 4, 5, 3, 0.1  # 输入维度、隐藏单元数、输出数、正则化常数
x = torch.randn(d, dtype=torch.float64)  # 双精度：手算与自动微分只差舍入误差
y = torch.tensor(2)  # 类别标签
W1 = torch.randn(d, h, requires_grad=True, dtype=torch.float64)  # 输入数 × 输出数
W2 = torch.randn(h, q, requires_grad=True, dtype=torch.float64)

# 前向传播：φ = tanh，l = 交叉熵损失
z = W1.T @ x
h_ = torch.tanh(z)
o = W2.T @ h_
for t in (z, h_, o):
    t.retain_grad()  # 中间变量也保留梯度，以便与手算比较
L = torch.nn.functional.cross_entropy(o, y)
s = lambd / 2 * ((W1**2).sum() + (W2**2).sum())
J = L + s
J.backward()  # 自动微分

# 反向传播：按公式手算，顺序与前向传播相反
with torch.no_grad():
    dJ_do = torch.softmax(o, dim=0) - torch.nn.functional.one_hot(y, q)
    dJ_dW2 = torch.outer(h_, dJ_do) + lambd * W2
    dJ_dh = W2 @ dJ_do
    dJ_dz = dJ_dh * (1 - torch.tanh(z) ** 2)  # tanh'(z) = 1 - tanh²(z)
    dJ_dW1 = torch.outer(x, dJ_dz) + lambd * W1

print(f"J = {J.item():.4f} (L = {L.item():.4f}, s = {s.item():.4f})")
for name, manual, auto in (
    ("o", dJ_do, o.grad),
    ("W2", dJ_dW2, W2.grad),
    ("h", dJ_dh, h_.grad),
    ("z", dJ_dz, z.grad),
    ("W1", dJ_dW1, W1.grad),
):
    diff = (manual - auto).abs().max().item()
    print(f"dJ/d{name}: shape {tuple(manual.shape)}, max diff < 1e-12: {diff < 1e-12}")
