import torch

x = torch.tensor(0.0, requires_grad=True)
h = x
for _ in range(10):  # 10 层 sigmoid 叠在一起：h = sigmoid(sigmoid(...sigmoid(x)))
    h = torch.sigmoid(h)
h.backward()
print(f"d h / d x = {x.grad.item():.3e}")
print(f"(1/4)^10  = {0.25**10:.3e}")
print(bool(x.grad <= 0.25**10))
