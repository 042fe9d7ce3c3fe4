import torch
from torch import nn

loss = nn.CrossEntropyLoss()
y = torch.tensor([0])
for margin in [1.0, 5.0, 20.0, 100.0]:
    o = torch.tensor(
        [[margin] + [0.0] * 9], requires_grad=True
    )  # 10 个类别，真实类别领先 margin
    right = loss(o, y)
    wrong = loss(torch.softmax(o, dim=1), y)  # 把概率当成 logit 交给 CrossEntropyLoss
    wrong.backward()
    print(
        f"领先 {margin:5}：正确的损失 {right.item():.4f}，错误的损失 {wrong.item():.4f}，错误用法下 o 的梯度范数 {o.grad.norm():.1e}"
    )
print(f"错误用法的下界 log(1 + 9/e) = {torch.log(torch.tensor(1 + 9 / torch.e)):.4f}")
