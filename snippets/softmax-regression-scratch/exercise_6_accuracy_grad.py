import torch

o = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]], requires_grad=True)
y = torch.tensor([0, 2])
acc = (o.argmax(dim=1) == y).float().mean()
print("精度：", acc, "requires_grad：", acc.requires_grad)
try:
    acc.backward()
except RuntimeError as error:
    print(f"RuntimeError: {error}")

# 精度是分段常数：把 logit 稍微改动一点，精度不变
for delta in [0.0, 0.1, 1.0, 2.5]:
    o2 = o.detach().clone()
    o2[1, 2] += delta
    print(f"o[1, 2] 增加 {delta}: 精度 {(o2.argmax(dim=1) == y).float().mean():.2f}")
