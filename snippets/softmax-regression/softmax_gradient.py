import torch
import torch.nn.functional as F

torch.manual_seed(0)
n, q = 4, 3
O = torch.normal(0, 1, (n, q), requires_grad=True)
y = torch.tensor([0, 2, 1, 2])
Y = F.one_hot(y, num_classes=q).float()

L = (
    -(Y * torch.log(torch.softmax(O, dim=1))).sum(dim=1).mean()
)  # 小批量的平均交叉熵损失
L.backward()
expected = (torch.softmax(O.detach(), dim=1) - Y) / n
print(O.grad)
print(expected)
print("自动微分 = (softmax(O) - Y) / n：", torch.allclose(O.grad, expected))
print(
    "每行梯度之和为 0：", torch.allclose(O.grad.sum(dim=1), torch.zeros(n), atol=1e-6)
)
