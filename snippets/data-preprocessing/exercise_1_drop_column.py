import os

import pandas as pd

os.makedirs("data", exist_ok=True)
with open(os.path.join("data", "house_small.csv"), "w") as f:
    f.write("NumRooms,Area,Alley,Price\n")
    f.write("NA,120,Pave,127500\n2,NA,NA,106000\n4,180,NA,178100\n")
    f.write("NA,NA,NA,140000\n3,150,Grvl,160000\nNA,95,NA,98000\n")

data = pd.read_csv(os.path.join("data", "house_small.csv"))
missing = data.isna().sum()  # NaN count per column
print(missing)
data = data.drop(columns=missing.idxmax())  # the column with the most NaN
print(data)
