import torch
import torch.nn.functional as F

x = torch.linspace(0, 3, 7)
y = 2 * x + 1  # 真实直线 y = 2x + 1
y[-1] += 20  # 最后一个点是离群点

losses = {
    "L2": lambda y_hat, y: F.mse_loss(y_hat, y) / 2,
    "L1": F.l1_loss,
    "Huber": F.huber_loss,
}
for name, loss_fn in losses.items():
    w = torch.zeros(2, requires_grad=True)  # 斜率和截距
    for step in range(2000):
        loss = loss_fn(w[0] * x + w[1], y)
        loss.backward()
        with torch.no_grad():
            w -= 0.03 * w.grad
            w.grad.zero_()
    print(f"{name:5}: 斜率 {w[0]:.2f}, 截距 {w[1]:.2f}")
