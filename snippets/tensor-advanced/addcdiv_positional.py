import warnings

import torch

torch.manual_seed(0)
t, t1, t2 = torch.randn(1, 3), torch.randn(3, 1), torch.randn(1, 3)

torch.set_warn_always(True)  # this warning is otherwise shown once per process
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old = torch.addcdiv(t, 0.1, t1, t2)
torch.set_warn_always(False)

message = str(caught[0].message).split(" (Triggered")[0]
print(caught[0].category.__name__)
for line in message.splitlines():
    print(line.strip())
print(torch.equal(old, torch.addcdiv(t, t1, t2, value=0.1)))
