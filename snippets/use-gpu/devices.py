import torch

print(torch.device("cpu"), torch.device("cuda"), torch.device("cuda:1"))
print(repr(torch.device("cuda", 0)))  # 只是一个名字：创建它不需要真的有这块 GPU
print(torch.cuda.is_available())
print(torch.cuda.device_count())
