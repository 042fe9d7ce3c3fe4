import torch

torch.manual_seed(0)
n_train, n_test, num_inputs = 20, 100, 200
true_w, true_b = torch.full((num_inputs, 1), 0.01), 0.05


def synthetic_data(w, b, n):
    """y = Xw + b + 噪声，噪声 ε ~ N(0, 0.01²)"""
    X = torch.normal(0, 1, (n, len(w)))
    y = X @ w + b + torch.normal(0, 0.01, (n, 1))
    return X, y


X_train, y_train = synthetic_data(true_w, true_b, n_train)
X_test, y_test = synthetic_data(true_w, true_b, n_test)
print("train:", tuple(X_train.shape), tuple(y_train.shape))
print("test: ", tuple(X_test.shape), tuple(y_test.shape))
print("rank of X_train:", torch.linalg.matrix_rank(X_train).item())
print(f"‖true_w‖ = {true_w.norm():.4f}")
