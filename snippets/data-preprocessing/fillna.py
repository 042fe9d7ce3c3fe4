import os

import pandas as pd

os.makedirs("data", exist_ok=True)
with open(os.path.join("data", "house_tiny.csv"), "w") as f:
    f.write("NumRooms,Alley,Price\nNA,Pave,127500\n2,NA,106000\n")
    f.write("4,NA,178100\nNA,NA,140000\n")

data = pd.read_csv(os.path.join("data", "house_tiny.csv"))
inputs = data.iloc[:, 0:2]
means = inputs.mean(numeric_only=True)  # skip the string column Alley
print(means)
inputs = inputs.fillna(means)  # only columns named in means are filled
print(inputs)
