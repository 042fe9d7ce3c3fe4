import numpy as np

rng = np.random.default_rng(0)
data_train = rng.standard_normal((250, 2, 3))
rng.shuffle(data_train)  # in place, along axis 0

batch_size = 100
for i in range(0, len(data_train), batch_size):
    x_batch = data_train[i : i + batch_size]
    print(i, x_batch.shape, f"{np.sum(x_batch):.4f}")
