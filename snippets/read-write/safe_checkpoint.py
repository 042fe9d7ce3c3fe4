import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
optimizer = torch.optim.SGD(net.parameters(), lr=0.1, momentum=0.9)
net(torch.rand(3, 4)).sum().backward()
optimizer.step()

# 张量、数字、字符串、列表、元组、字典：weights_only=True 都能加载
checkpoint = {
    "model": net.state_dict(),
    "optimizer": optimizer.state_dict(),
    "epoch": 3,
    "note": "after 1 step",
}
torch.save(checkpoint, "checkpoint.pt")
loaded = torch.load("checkpoint.pt")
print(loaded["epoch"], loaded["note"], list(loaded["model"].keys()))

new_net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
new_optimizer = torch.optim.SGD(new_net.parameters(), lr=0.1, momentum=0.9)
new_net.load_state_dict(loaded["model"])
new_optimizer.load_state_dict(loaded["optimizer"])
print(new_optimizer.state_dict()["state"].keys())
