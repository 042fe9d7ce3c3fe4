import torch
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(4, 3)  # 4 samples, 3 classes
y = torch.tensor([2, 0, 1, 2])  # the true class of each sample

log_probs = F.log_softmax(logits, dim=1)
picked = torch.gather(log_probs, 1, y[:, None])  # (4, 1): log p of the true class
loss = -picked.mean()
print(picked.squeeze(1))
print(f"{loss:.4f} {F.cross_entropy(logits, y):.4f}")
print(torch.isclose(loss, F.cross_entropy(logits, y)).item())
# The same element with fancy indexing: row i, column y[i]
print(torch.equal(picked.squeeze(1), log_probs[torch.arange(4), y]))
