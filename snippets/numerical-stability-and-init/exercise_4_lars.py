import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(
    nn.Linear(8, 8), nn.Sigmoid(), nn.Linear(8, 8), nn.Sigmoid(), nn.Linear(8, 1)
)
X, y = torch.randn(64, 8), torch.randn(64, 1)
nn.functional.mse_loss(net(X), y).backward()

eta, trust = 0.1, 0.01  # 全局学习率与信任系数
for name, param in net.named_parameters():
    if name.endswith("weight"):
        w_norm, g_norm = param.norm().item(), param.grad.norm().item()
        local_lr = trust * w_norm / g_norm  # LARS：每层按 ‖w‖/‖∇w‖ 缩放
        step = eta * local_lr * param.grad
        print(
            f"{name}: ‖grad‖ = {g_norm:.3e}, plain SGD step/‖w‖ = {eta * g_norm / w_norm:.3e}, "
            f"LARS step/‖w‖ = {step.norm().item() / w_norm:.3e}"
        )
