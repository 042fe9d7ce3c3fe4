import torch

x = torch.arange(6.0)
candidates = {
    "x[1:]": x[1:],
    "x[::2]": x[::2],
    "x.view(2, 3).t()": x.view(2, 3).t(),
    "x.clone()": x.clone(),
    "x[[0, 1]]": x[[0, 1]],
}
storage = x.untyped_storage().data_ptr()
for text, t in candidates.items():
    shares = t.untyped_storage().data_ptr() == storage
    offset = (t.data_ptr() - x.data_ptr()) // x.element_size() if shares else None
    print(f"{text:18s} shares storage: {shares!s:5}  first element at offset {offset}")
