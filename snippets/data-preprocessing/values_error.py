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
inputs = pd.get_dummies(inputs, dummy_na=True)
print(inputs.values.dtype)  # float and bool columns mixed -> object
print(inputs.values[0])
try:
    torch.tensor(inputs.values)
except TypeError as error:
    print(f"TypeError: {error}")
