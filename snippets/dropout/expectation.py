import torch


def dropout_layer(X, p):
    assert 0 <= p <= 1
    if p == 1:
        return torch.zeros_like(X)
    if p == 0:
        return X
    mask = (torch.rand(X.shape) > p).float()
    return mask * X / (1.0 - p)


torch.manual_seed(0)
h = torch.tensor([1.0, 2.0, 3.0, 4.0])
draws = h.expand(100_000, 4)  # 同一个 h，抽 100,000 次掩码
for p in (0.2, 0.5, 0.8):
    out = dropout_layer(draws, p)
    unscaled = out * (1 - p)  # 只置 0、不除以 1 - p 的结果
    print(f"p = {p}: fraction of zeros {(out == 0).float().mean():.3f}")
    print("  mean, scaled:  ", [round(v, 2) for v in out.mean(dim=0).tolist()])
    print("  mean, unscaled:", [round(v, 2) for v in unscaled.mean(dim=0).tolist()])
