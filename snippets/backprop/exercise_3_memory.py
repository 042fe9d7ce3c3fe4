import torch

torch.manual_seed(0)
n, d, h, q = 256, 784, 256, 10  # 批量大小与 D2L 的 Fashion-MNIST 模型的尺寸
W1 = (torch.randn(d, h) * 0.01).requires_grad_()
W2 = (torch.randn(h, q) * 0.01).requires_grad_()
params = {W1.data_ptr(), W2.data_ptr()}
X, y = torch.randn(n, d), torch.randint(0, q, (n,))


def saved_bytes(no_grad):
    saved = {}

    def pack(t):
        if t.data_ptr() not in params:
            saved[t.data_ptr()] = t.numel() * t.element_size()
        return t

    hooks = torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t)
    with (
        hooks,
        torch.set_grad_enabled(not no_grad),
    ):  # no_grad=True 等同于 torch.no_grad()
        Z = X @ W1
        H = torch.tanh(Z)
        O = H @ W2
        L = torch.nn.functional.cross_entropy(O, y)
        J = L + 0.1 / 2 * ((W1**2).sum() + (W2**2).sum())
        assert J.requires_grad != no_grad
    if not no_grad:
        J.backward()  # 参数的梯度：W1.grad、W2.grad
    return sum(saved.values())


print("parameters:", (W1.numel() + W2.numel()) * 4, "bytes")
print("training, saved for backward:", saved_bytes(no_grad=False), "bytes")
print("4n(d + h + q) + 8n + 4 =", 4 * n * (d + h + q) + 8 * n + 4)
print("parameter gradients:", (W1.grad.numel() + W2.grad.numel()) * 4, "bytes")
print("prediction, saved:", saved_bytes(no_grad=True), "bytes")
