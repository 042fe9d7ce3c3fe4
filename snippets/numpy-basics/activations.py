import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def relu(x):
    return np.maximum(0, x)


X = np.array([[-2.0, 0.0, 1.0], [3.0, -1.0, 0.5]])
print(X.shape)
print(sigmoid(X))
print(relu(X))
print(sigmoid(X).shape, relu(X).shape)
