import torch

torch.manual_seed(0)
X = torch.randn(300, 2)
y = X @ torch.tensor([2.0, -3.4]) + 4.2 + 0.1 * torch.randn(300)

for reduce in ["mean", "sum"]:
    for batch_size in [10, 100]:
        w = torch.zeros(2, requires_grad=True)
        b = torch.zeros(1, requires_grad=True)
        for epoch in range(3):
            indices = torch.randperm(300)
            for i in range(0, 300, batch_size):
                batch = indices[i : i + batch_size]
                losses = 0.5 * (X[batch] @ w + b - y[batch]) ** 2
                loss = losses.mean() if reduce == "mean" else losses.sum()
                loss.backward()
                with torch.no_grad():
                    for param in (w, b):
                        param -= 0.1 * param.grad  # 同一个学习率 0.1
                        param.grad.zero_()
        with torch.no_grad():
            loss = 0.5 * ((X @ w + b - y) ** 2).mean()
        print(
            f"{reduce:4} batch {batch_size:3d}: loss after 3 epochs {loss.item():#.4g}"
        )
