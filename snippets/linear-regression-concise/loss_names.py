from torch import nn

try:
    nn.CrossEntyopyLoss()
except AttributeError as error:
    print(f"AttributeError: {error}")
try:
    nn.NLLloss()
except AttributeError as error:
    print(f"AttributeError: {error}")
print(nn.CrossEntropyLoss(), nn.NLLLoss())
for name in ["L1Loss", "MSELoss", "SmoothL1Loss", "BCELoss"]:
    print(name, hasattr(nn, name))
