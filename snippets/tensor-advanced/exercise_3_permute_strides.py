import torch

x = torch.arange(24).reshape(2, 3, 4)
p = x.permute(2, 0, 1)  # new axes 0, 1, 2 are old axes 2, 0, 1
print(x.stride(), x.is_contiguous())
print(p.shape, p.stride(), p.is_contiguous())
try:
    p.view(-1)
except RuntimeError as error:
    print("view:", str(error).split(".")[0])
flat = p.reshape(-1)  # a copy, in the new logical order
print(flat[:6], flat.untyped_storage().data_ptr() == x.untyped_storage().data_ptr())
