import numpy as np

rng = np.random.default_rng(0)
n, batch_size = 10, 4
X = np.arange(n) * 10  # sample i has the value 10 * i
y = np.arange(n)  # and the label i

for epoch in range(2):
    order = rng.permutation(n)  # a new order every epoch
    seen = []
    for i in range(0, n, batch_size):
        idx = order[i : i + batch_size]
        xb, yb = X[idx], y[idx]
        assert np.array_equal(xb, 10 * yb)  # features and labels still match
        seen.append(yb)
    seen = np.concatenate(seen)
    print(
        f"epoch {epoch}: {seen}, each sample once: {np.array_equal(np.sort(seen), y)}"
    )
