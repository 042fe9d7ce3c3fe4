import math

# 3 个等可能的类别：熵是 log2(3) 比特
print(f"熵：{math.log2(3):.4f} 比特")
# 单个观测的前缀码 0、10、11：平均长度 (1 + 2 + 2) / 3
print(f"前缀码 0、10、11：平均 {(1 + 2 + 2) / 3:.4f} 比特")
# 联合编码 n 个观测：3^n 种组合，需要 ceil(log2(3^n)) 个比特
for n in [1, 2, 3, 5, 10, 100]:
    bits = (3**n - 1).bit_length()  # 用整数运算算出 ceil(log2(3^n))，没有舍入误差
    print(f"n = {n:3d}: {bits:3d} 比特，平均每个观测 {bits / n:.4f} 比特")
