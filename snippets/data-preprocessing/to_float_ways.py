import os

import pandas as pd
import torch

os.makedirs("data", exist_ok=True)
with open(os.path.join("data", "house_tiny.csv"), "w") as f:
    f.write("NumRooms,Alley,Price\nNA,Pave,127500\n2,NA,106000\n")
    f.write("4,NA,178100\nNA,NA,140000\n")

data = pd.read_csv(os.path.join("data", "house_tiny.csv"))
inputs = data.iloc[:, 0:2]
inputs = inputs.fillna(inputs.mean(numeric_only=True))
dummies = pd.get_dummies(inputs, dummy_na=True)  # bool columns
float_dummies = pd.get_dummies(inputs, dummy_na=True, dtype=float)
ways = {
    "to_numpy(dtype=float)": dummies.to_numpy(dtype=float),
    "astype(float).values": dummies.astype(float).values,
    "(dummies * 1).values": (dummies * 1).values,  # True * 1 == 1
    "get_dummies(dtype=float)": float_dummies.values,
}
X = torch.tensor(ways["to_numpy(dtype=float)"])
for name, array in ways.items():
    print(f"{name:<25}{array.dtype}  same X: {torch.equal(torch.tensor(array), X)}")
