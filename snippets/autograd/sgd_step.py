import torch

w = torch.tensor([1.0, -2.0], requires_grad=True)
loss = (w**2).sum()
loss.backward()
print(w.grad)

lr = 0.1
with torch.no_grad():
    w -= lr * w.grad  # in place on a leaf: allowed only while not recording
w.grad.zero_()
print(w, w.is_leaf)
