import torch

p = torch.tensor([0.7, 0.3])  # 模型给出的概率：0 健康，1 患病
# cost[i, j]：真实类别为 i 而判断为 j 的代价；漏诊（1 判成 0）的代价远高于误诊
cost = torch.tensor([[0.0, 1.0], [20.0, 0.0]])
expected = p @ cost  # 判断为 j 的期望代价 Σ_i p_i cost[i, j]
print(f"期望代价：判健康 {expected[0]:.2f}，判患病 {expected[1]:.2f}")
print(
    "概率最大的类别：",
    p.argmax().item(),
    "，期望代价最小的类别：",
    expected.argmin().item(),
)
# 判为患病的门槛：p_1 · 20 > p_0 · 1，即 p_1 > 1/21
print(f"门槛 p_1 > {1 / 21:.4f}")
