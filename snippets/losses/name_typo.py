from torch import nn

for name in ["CrossEntyopyLoss", "NLLloss", "CrossEntropyLoss", "NLLLoss"]:
    try:
        print(getattr(nn, name)())
    except AttributeError as error:
        print(f"AttributeError: {error}")
