import torch

classes = ["death cap", "edible"]
p = torch.tensor([0.2, 0.8])  # the classifier's P(class | photo)
# loss[action, class]: eating a death cap costs a life, discarding a good one costs 1
actions = ["eat", "discard"]
loss = torch.tensor([[float("inf"), 0.0], [0.0, 1.0]])
risk = loss @ p  # the expected loss of each action
print("most likely class:", classes[p.argmax()])
print("expected loss of eat, discard:", risk)
print("best action:", actions[risk.argmin()])
