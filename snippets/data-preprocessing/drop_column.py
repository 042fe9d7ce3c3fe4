import os

import pandas as pd

os.makedirs("data", exist_ok=True)
with open(os.path.join("data", "house_tiny.csv"), "w") as f:
    f.write("NumRooms,Alley,Price\nNA,Pave,127500\n2,NA,106000\n")
    f.write("4,NA,178100\nNA,NA,140000\n")

data = pd.read_csv(os.path.join("data", "house_tiny.csv"))
missing = data.isna().sum()  # NaN count per column
print(missing)
data = data.drop(columns=missing.idxmax())
print(data)
