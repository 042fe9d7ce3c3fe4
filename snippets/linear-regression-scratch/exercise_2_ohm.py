import torch

torch.manual_seed(0)
current = torch.linspace(0.1, 2.0, 20)  # 电流 I（安培）
voltage = 4.7 * current + torch.normal(
    0, 0.05, (20,)
)  # 电压 U = R I + 测量噪声，R = 4.7 欧姆

R = torch.zeros(1, requires_grad=True)
for step in range(200):
    loss = ((R * current - voltage) ** 2 / 2).mean()
    loss.backward()
    with torch.no_grad():
        R -= 0.5 * R.grad
        R.grad.zero_()
print(f"学到的 R：{R.item():.3f} 欧姆")
closed_form = (current @ voltage) / (current @ current)  # 过原点的最小二乘解
print(f"解析解：  {closed_form.item():.3f} 欧姆")
