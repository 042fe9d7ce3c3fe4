import torch

x = torch.tensor([-2.0, 0.0, 2.0], requires_grad=True)
y = torch.sigmoid(x)
y.backward(torch.ones_like(x))  # 没有 retain_graph=True：反向传播后图被释放
try:
    y.backward(torch.ones_like(x))
except RuntimeError as error:
    print(f"RuntimeError: {error}")
