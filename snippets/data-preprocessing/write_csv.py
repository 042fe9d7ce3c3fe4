import os

os.makedirs("data", exist_ok=True)
data_file = os.path.join("data", "house_tiny.csv")
with open(data_file, "w") as f:
    f.write("NumRooms,Alley,Price\n")  # column names
    f.write("NA,Pave,127500\n")  # one house per line
    f.write("2,NA,106000\n")
    f.write("4,NA,178100\n")
    f.write("NA,NA,140000\n")

with open(data_file) as f:
    print(f.read(), end="")
