import torch

torch.manual_seed(0)
X = torch.randn(300, 2)
y = X @ torch.tensor([2.0, -3.4]) + 4.2 + 0.1 * torch.randn(300)
w = torch.zeros(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)


def grad_w(indices):
    loss = 0.5 * ((X[indices] @ w + b - y[indices]) ** 2).mean()
    return torch.autograd.grad(loss, w)[0]


print("全部样本的梯度:", grad_w(torch.arange(300)))
for batch_size in [1, 10, 100, 300]:
    grads = torch.stack([grad_w(torch.randperm(300)[:batch_size]) for _ in range(200)])
    mean, std = grads.mean(dim=0), grads.std(dim=0)
    print(
        f"batch {batch_size:3d}: mean [{mean[0]:7.4f}, {mean[1]:7.4f}], "
        f"std [{std[0]:.4f}, {std[1]:.4f}]"
    )
print(
    "批量 300 的标准差不是 0，只是小于 1e-5：",
    0 < std.min().item() and std.max().item() < 1e-5,
)
