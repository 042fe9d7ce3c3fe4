import torch
import torch.nn.functional as F

torch.manual_seed(0)
X = torch.rand(4, 5)
K = torch.rand(2, 3)
Y = F.conv2d(X[None, None], K[None, None])[0, 0]  # (3, 3)

# 方法一：改变卷积核。每个输出元素是展平后的 X 与一行权重的点积
n_h, n_w = X.shape
k_h, k_w = K.shape
o_h, o_w = n_h - k_h + 1, n_w - k_w + 1
W = torch.zeros(o_h * o_w, n_h * n_w)
for i in range(o_h):
    for j in range(o_w):
        window = torch.zeros(n_h, n_w)
        window[i : i + k_h, j : j + k_w] = K
        W[i * o_w + j] = window.reshape(-1)
print(W.shape, torch.allclose((W @ X.reshape(-1)).reshape(o_h, o_w), Y))

# 方法二：改变输入。unfold 把每个窗口展成一列（im2col），卷积核展成一行
columns = F.unfold(X[None, None], kernel_size=(k_h, k_w))[0]  # (k_h * k_w, o_h * o_w)
print(columns.shape, torch.allclose((K.reshape(1, -1) @ columns).reshape(o_h, o_w), Y))
