import torch
from torch import nn

torch.manual_seed(0)
vocab_size, embed_dim = 100, 8
tokens = torch.tensor([[5, 17, 42, 8, 99, 3, 61]])  # 一句话：7 个词的编号
embedding = nn.Embedding(vocab_size, embed_dim)
# 词向量的 8 个维度当作通道，沿句子方向做一维卷积：每个卷积核看连续 3 个词
conv = nn.Conv1d(embed_dim, 16, kernel_size=3)
E = embedding(tokens).permute(0, 2, 1)  # (1, 7, 8) -> (1, 8, 7)
H = conv(E)
print(E.shape, "->", H.shape)
print(
    H.max(dim=2).values.shape
)  # 每个通道在整句上取最大值：长度不同的句子得到同样长的特征
