import torch
import torch.nn.functional as F

colors = ["red", "orange", "blue"]
# Local: one dimension per color.
local = F.one_hot(torch.arange(3)).float()
# Distributed: every color is a mix of the same 3 features (R, G, B).
distributed = torch.tensor([[1.0, 0.0, 0.0], [1.0, 0.5, 0.0], [0.0, 0.0, 1.0]])

print("rows and columns:", colors)
for name, vectors in [("local", local), ("distributed", distributed)]:
    # Entry (i, j): cosine similarity of color i and color j (via broadcasting).
    sim = F.cosine_similarity(vectors[:, None, :], vectors[None, :, :], dim=-1)
    print(name)
    print(sim)
