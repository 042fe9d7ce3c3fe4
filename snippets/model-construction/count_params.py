from torch import nn

net = nn.Sequential(nn.Linear(20, 256), nn.ReLU(), nn.Linear(256, 10))
for name, param in net.named_parameters():
    print(f"{name:9} {tuple(param.shape)!s:10} {param.numel()}")
print("total", sum(param.numel() for param in net.parameters()))
print("by hand", 20 * 256 + 256 + 256 * 10 + 10)
