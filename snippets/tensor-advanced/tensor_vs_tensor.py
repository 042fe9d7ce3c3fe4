import numpy as np
import torch

t1 = torch.Tensor([1, 2, 3])  # a list: converted to the default float32
t2 = torch.tensor([1, 2, 3])  # the type is inferred from the data: int64
print(t1, t1.dtype)
print(t2, t2.dtype)
print(torch.tensor([1.0, 2, 3]).dtype, torch.tensor([True]).dtype)
print(torch.Tensor(np.array([1.0, 2.0])).dtype)  # a float64 array: float32 too

# Given a tensor, torch.Tensor keeps its dtype and shares its memory.
for source in [t2, torch.tensor([1.0, 2.0], dtype=torch.float64)]:
    made = torch.Tensor(source)
    same = made.untyped_storage().data_ptr() == source.untyped_storage().data_ptr()
    print(made.dtype, "shares memory:", same)
