import torch
from torch import nn

o = torch.tensor([[100.0, 0.0, -100.0], [2.0, 1.0, 0.1]], requires_grad=True)  # logit
y = torch.tensor([2, 0])

# 先 softmax 再取对数：第一个样本真实类别的概率下溢为 0
log_p = torch.log(torch.softmax(o, dim=1))
print("log(softmax(o))：", log_p.detach())
l = -log_p[range(2), y].mean()
l.backward()
print("损失：", l.item(), "梯度：", o.grad)

# log_softmax 直接从 logit 计算 o - LogSumExp(o)
o.grad = None
log_p = torch.log_softmax(o, dim=1)
print("log_softmax(o)：  ", log_p.detach())
l = -log_p[range(2), y].mean()
l.backward()
print(f"损失：{l.item():.4f}", "梯度：", o.grad)

loss = nn.CrossEntropyLoss()  # 接收 logit，内部就是 log_softmax
print(f"nn.CrossEntropyLoss：{loss(o, y).item():.4f}")
