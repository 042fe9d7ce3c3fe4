import torch
import torch.nn.functional as F


def cross_entropy_logits(o, y):
    """直接从 logit 计算交叉熵：log Σ exp(o_k) - o_y，先减去每行的最大值"""
    m = o.max(dim=1, keepdim=True).values
    log_sum_exp = m.squeeze(1) + torch.log(torch.exp(o - m).sum(dim=1))
    return log_sum_exp - o[range(len(o)), y]


o = torch.tensor([[120.0, 0.0], [100.0, 0.0], [2.0, 1.0]], requires_grad=True)
y = torch.tensor([1, 0, 1])
l = cross_entropy_logits(o, y)
l.sum().backward()
print("损失：", l.detach())
print(
    "与 F.cross_entropy 相同：",
    torch.allclose(l, F.cross_entropy(o, y, reduction="none")),
)
print("梯度：", o.grad)
print(
    "梯度 = softmax(o) - Y：",
    torch.allclose(o.grad, torch.softmax(o.detach(), dim=1) - F.one_hot(y, 2)),
)
