from torch import nn


class MLP(nn.Module):
    def __init__(self):
        # 忘了 super().__init__()
        self.hidden = nn.Linear(20, 256)
        self.out = nn.Linear(256, 10)


try:
    net = MLP()
except AttributeError as error:
    print(f"AttributeError: {error}")
