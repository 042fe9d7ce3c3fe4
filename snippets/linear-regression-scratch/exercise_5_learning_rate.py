import torch


def synthetic_data(w, b, num_examples):
    X = torch.normal(0, 1, (num_examples, len(w)))
    y = X @ w + b
    y += torch.normal(0, 0.01, y.shape)
    return X, y.reshape((-1, 1))


torch.manual_seed(0)
features, labels = synthetic_data(torch.tensor([2, -3.4]), 4.2, 1000)
state = torch.get_rng_state()

for lr in [0.001, 0.03, 0.3, 3.0]:
    torch.set_rng_state(state)  # 每个学习率用同样的初始值和小批量顺序
    w = torch.normal(0, 0.01, size=(2, 1), requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    losses = []
    for epoch in range(3):
        indices = torch.randperm(1000)
        for i in range(0, 1000, 10):
            X, y = features[indices[i : i + 10]], labels[indices[i : i + 10]]
            ((X @ w + b - y) ** 2 / 2).sum().backward()
            with torch.no_grad():
                for param in (w, b):
                    param -= lr * param.grad / 10
                    param.grad.zero_()
        with torch.no_grad():
            losses.append(((features @ w + b - labels) ** 2 / 2).mean().item())
    print(f"lr {lr:<5}: " + ", ".join(f"{v:.4g}" for v in losses))
