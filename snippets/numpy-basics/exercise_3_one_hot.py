import numpy as np

labels = np.array([2, 0, 1, 2, 3])
num_classes = 4
one_hot = np.eye(num_classes)[labels]  # row i of the identity for label i
print(one_hot)
print(one_hot.shape, one_hot.sum(axis=1))
print(np.array_equal(one_hot.argmax(axis=1), labels))
