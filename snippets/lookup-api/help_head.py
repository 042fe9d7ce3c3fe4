import pydoc

import torch

# What help(torch.ones) shows, as text we can cut: the first 12 lines.
text = pydoc.render_doc(torch.ones, renderer=pydoc.plaintext)
for line in text.splitlines()[:12]:
    print(line.rstrip())
print("...", len(text.splitlines()), "lines in all")
