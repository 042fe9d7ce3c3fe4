import torch

y_hat = torch.tensor([[1.0], [2.0], [3.0]])  # 模型输出，形状 (3, 1)
y = torch.tensor([1.5, 2.0, 5.0])  # 标签，形状 (3,)

wrong = (y_hat - y) ** 2 / 2  # 广播成 (3, 3)
right = (y_hat - y.reshape(y_hat.shape)) ** 2 / 2
print(wrong.shape, right.shape)
print("不 reshape 的总损失：", wrong.sum().item())
print("reshape 之后的总损失：", right.sum().item())
