import numpy as np


def softmax_all(x):
    return np.exp(x) / np.sum(np.exp(x))


def softmax(x):
    e = np.exp(x)
    return e / e.sum(axis=-1, keepdims=True)


X = np.array([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])
print(softmax_all(X).sum(axis=1))
print(softmax(X))
print(softmax(X).sum(axis=1))
