import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(64, 256), nn.ReLU(), nn.Linear(256, 10))
params = {p.data_ptr() for p in net.parameters()}


def saved_tensors(batch_size, no_grad=False):
    """前向传播一次，记下为反向传播保存的张量（参数本身不算，它们本来就在内存里）。"""
    saved = {}

    def pack(t):
        if t.data_ptr() not in params:
            saved[t.data_ptr()] = t  # 同一块内存被保存两次，只算一次
        return t

    X, y = torch.randn(batch_size, 64), torch.randint(0, 10, (batch_size,))
    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        if no_grad:
            with torch.no_grad():  # 只做预测：不构建计算图
                nn.functional.cross_entropy(net(X), y)
        else:
            nn.functional.cross_entropy(net(X), y)
    return list(saved.values())


for t in saved_tensors(64):
    print(
        f"{tuple(t.shape)!s:>10} {t.dtype!s:>13} {t.numel() * t.element_size():>6} bytes"
    )
for batch_size in (64, 128, 256):
    total = sum(t.numel() * t.element_size() for t in saved_tensors(batch_size))
    print(f"batch {batch_size:>3}: {total} bytes saved")
print(
    "torch.no_grad(), batch 256:",
    len(saved_tensors(256, no_grad=True)),
    "tensors saved",
)
