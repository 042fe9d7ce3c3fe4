import io
import sys

import matplotlib
import numpy as np
import pandas as pd
import sklearn
import sympy
import torch
from matplotlib.figure import Figure

pinned = {
    "torch": "2.13.0",
    "numpy": "2.4.6",
    "pandas": "3.1.1",
    "matplotlib": "3.11.2",
    "sympy": "1.14.0",
    "scikit-learn": "1.9.1",
}
found = {
    "torch": torch.__version__.split("+")[0],  # drop a build tag like +cpu
    "numpy": np.__version__,
    "pandas": pd.__version__,
    "matplotlib": matplotlib.__version__,
    "sympy": sympy.__version__,
    "scikit-learn": sklearn.__version__,
}
print(f"Python {sys.version_info.major}.{sys.version_info.minor}")
for name, version in found.items():
    verdict = "OK" if version == pinned[name] else f"differs from {pinned[name]}"
    print(f"{name:<13}{version:<8} {verdict}")

# NumPy -> pandas -> PyTorch, then one matrix-vector product.
frame = pd.DataFrame({"a": np.arange(3.0), "b": [1.0, 2.0, 3.0]})
X = torch.tensor(frame.to_numpy(dtype="float32"))
print(X @ torch.tensor([1.0, 10.0]))

# matplotlib can render a figure (into memory, no window needed).
buffer = io.BytesIO()
Figure(figsize=(1, 1)).savefig(buffer, format="png")
print("PNG written:", buffer.getvalue().startswith(b"\x89PNG"))
