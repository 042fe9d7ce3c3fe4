import torch
from torch import nn

X = torch.tensor([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
y = torch.tensor([[0.0], [1.0], [1.0], [0.0]])  # XOR


def train(net, num_steps=500, lr=0.1):
    loss = nn.MSELoss()
    optimizer = torch.optim.SGD(net.parameters(), lr=lr)
    for _ in range(num_steps):
        l = loss(net(X), y)
        optimizer.zero_grad()
        l.backward()
        optimizer.step()
    return l.item()


torch.manual_seed(0)
linear = nn.Linear(2, 1)
print(f"linear: loss {train(linear):.4f}")
print("  outputs:", [f"{v:.3f}" for v in linear(X).detach().squeeze().tolist()])

torch.manual_seed(0)
mlp = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 1))
print(f"MLP:    loss {train(mlp):.4f}")
print("  outputs:", [f"{v:.3f}" for v in mlp(X).detach().squeeze().tolist()])
