import os

import pandas as pd
import torch
from torch import nn

os.makedirs("data", exist_ok=True)
with open(os.path.join("data", "house_tiny.csv"), "w") as f:
    f.write("NumRooms,Alley,Price\nNA,Pave,127500\n2,NA,106000\n")
    f.write("4,NA,178100\nNA,NA,140000\n")

data = pd.read_csv(os.path.join("data", "house_tiny.csv"))
inputs, outputs = data.iloc[:, 0:2], data.iloc[:, 2]
inputs = inputs.fillna(inputs.mean(numeric_only=True))
inputs = pd.get_dummies(inputs, dummy_na=True)
X = torch.tensor(inputs.to_numpy(dtype="float32"))
y = torch.tensor(outputs.to_numpy(dtype="float32"))
print(X)
print(y)
torch.manual_seed(0)
net = nn.Linear(3, 1)  # float32 parameters, like X
print(net(X).shape)
