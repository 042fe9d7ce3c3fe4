import os

import pandas as pd

os.makedirs("data", exist_ok=True)
with open(os.path.join("data", "house_small.csv"), "w") as f:
    f.write("NumRooms,Area,Alley,Price\n")
    f.write("NA,120,Pave,127500\n2,NA,NA,106000\n4,180,NA,178100\n")
    f.write("NA,NA,NA,140000\n3,150,Grvl,160000\nNA,95,NA,98000\n")

data = pd.read_csv(os.path.join("data", "house_small.csv"))
print(len(data), "rows")
print(len(data.dropna()), "row(s) without any NaN")
print(data.dropna())
numeric = data.drop(columns="Alley")
print(len(numeric.dropna()), "rows once Alley is dropped")
print(numeric.dropna())
print(numeric.isna().any(axis=1).sum(), "rows miss NumRooms or Area")
