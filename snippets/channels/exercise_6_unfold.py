import torch
import torch.nn.functional as F

torch.manual_seed(0)
c_i, c_o, h, w, k = 3, 4, 6, 7, 3
X = torch.rand(1, c_i, h, w)
K = torch.rand(c_o, c_i, k, k)
Y = F.conv2d(X, K)

# im2col：每个 c_i×k×k 的窗口展成一列
columns = F.unfold(X, kernel_size=k)  # (1, c_i*k*k, 窗口个数)
print("columns:", tuple(columns.shape))
Y_matmul = (K.reshape(c_o, -1) @ columns[0]).reshape(c_o, h - k + 1, w - k + 1)
print(tuple(Y_matmul.shape), torch.allclose(Y_matmul, Y[0], atol=1e-5))
