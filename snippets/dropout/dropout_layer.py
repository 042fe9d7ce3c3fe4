import torch


def dropout_layer(X, p):
    """以概率 p 把 X 的每个元素置 0，其余元素除以 1 - p。"""
    assert 0 <= p <= 1
    if p == 1:  # 全部丢弃
        return torch.zeros_like(X)
    if p == 0:  # 全部保留
        return X
    mask = (torch.rand(X.shape) > p).float()  # 每个元素以概率 1 - p 取 1
    return mask * X / (1.0 - p)


torch.manual_seed(0)
X = torch.arange(16, dtype=torch.float32).reshape(2, 8)
print(dropout_layer(X, 0.0))
print(dropout_layer(X, 0.5))
print(dropout_layer(X, 1.0))
