import torch

x = torch.arange(4)
y = torch.zeros(4)
torch.save([x, y], "x-files.pt")
x2, y2 = torch.load("x-files.pt")
print(x2, y2)

mydict = {"x": x, "y": y}
torch.save(mydict, "mydict.pt")
print(torch.load("mydict.pt"))
