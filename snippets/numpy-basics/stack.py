import numpy as np

a = np.array([[1, 2], [3, 4]])
b = np.array([[5, 6], [7, 8]])
s0 = np.stack((a, b), axis=0)
print(s0)
print(s0.shape)
print(np.stack((a, b), axis=-1)[0, 0])

xs = [np.zeros((2, 4)) for _ in range(3)]  # 三个不同的数组；[a] * 3 是同一个数组三次
print(np.stack(xs, axis=0).shape, np.stack(xs, axis=1).shape)
print(np.stack(xs, axis=2).shape, np.concatenate(xs, axis=0).shape)
