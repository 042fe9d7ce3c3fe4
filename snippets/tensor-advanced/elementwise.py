import torch

t = torch.tensor([[-2.0, 0.5, 3.0]])
print(torch.sigmoid(t))
print(torch.clamp(t, 0, 1))
print(t.clamp(min=0))

s = t.add(2)
print(t, s)
ptr = t.data_ptr()
t.add_(2)
print(t, t.data_ptr() == ptr)
