d = 512  # 每个位置的特征维度
for q in [10, 10_000, 100_000]:  # 类别个数（词表大小）
    params = d * q + q
    print(
        f"q = {q:>7,}: 参数 {params:>11,}（float32 占 {params * 4 / 2**20:7.2f} MiB），每个样本 {d * q:>11,} 次乘法和 {q:>7,} 次 exp"
    )
