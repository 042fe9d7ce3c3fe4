import torch

x = torch.arange(4)
torch.save(x, "x-file.pt")  # 写进当前目录下的文件 x-file.pt

x2 = torch.load("x-file.pt")
print(x2)
print(torch.equal(x, x2))
