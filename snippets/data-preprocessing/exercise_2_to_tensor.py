import os

import pandas as pd
import torch

os.makedirs("data", exist_ok=True)
with open(os.path.join("data", "house_small.csv"), "w") as f:
    f.write("NumRooms,Area,Alley,Price\n")
    f.write("NA,120,Pave,127500\n2,NA,NA,106000\n4,180,NA,178100\n")
    f.write("NA,NA,NA,140000\n3,150,Grvl,160000\nNA,95,NA,98000\n")

data = pd.read_csv(os.path.join("data", "house_small.csv"))
data = data.drop(columns=data.isna().sum().idxmax())  # exercise 1: Alley goes
inputs, outputs = data.iloc[:, 0:2], data.iloc[:, 2]
inputs = inputs.fillna(inputs.mean())  # every column left is numeric
X = torch.tensor(inputs.to_numpy(dtype="float32"))
y = torch.tensor(outputs.to_numpy(dtype="float32"))
print(X)
print(y)
print(X.shape, y.shape, X.dtype)
