import torch
from torch import nn

torch.manual_seed(0)
old = nn.Sequential(
    nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 10)
)
torch.save(old.state_dict(), "old.params")

# 新网络：复用旧网络的前两个全连接层（下标 0 和 2），换一个输出层
new = nn.Sequential(
    nn.Linear(20, 64), nn.ReLU(), nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 3)
)
state = torch.load("old.params")
reused = {name: value for name, value in state.items() if name.startswith(("0.", "2."))}
print(new.load_state_dict(reused, strict=False))  # 缺的键列在 missing_keys 里

X = torch.rand(2, 20)
print(torch.equal(new[:4](X), old[:4](X)))  # 前四个子块（两层加 ReLU）输出相同

# 只复用，不训练：冻结这些参数
for layer in (new[0], new[2]):
    layer.requires_grad_(False)
print([name for name, p in new.named_parameters() if p.requires_grad])
