import numpy as np

np.random.seed(0)
data_train = np.random.randn(250, 2, 3)
np.random.shuffle(data_train)

batch_size = 100
for i in range(0, len(data_train), batch_size):
    x_batch = data_train[i : i + batch_size]
    print(i, x_batch.shape, f"{np.sum(x_batch):.4f}")
