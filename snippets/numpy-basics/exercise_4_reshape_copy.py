import numpy as np

a = np.arange(6).reshape(2, 3)
cases = {
    "a.reshape(3, 2)": a.reshape(3, 2),
    "a.reshape(-1)": a.reshape(-1),
    "a.T.reshape(3, 2, 1)": a.T.reshape(3, 2, 1),
    "a.T.reshape(-1)": a.T.reshape(-1),
}
for text, result in cases.items():
    print(f"{text:22s} {result.ravel()}  view: {np.shares_memory(a, result)}")
