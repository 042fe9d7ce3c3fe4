import torch

torch.manual_seed(0)
X = torch.randn(4, 3)  # 一个小批量：4 个样本


def elementwise(X):  # 按元素的激活函数
    return torch.relu(X)


def across_batch(X):  # 沿批量的轴（axis 0）做的非线性：softmax
    return torch.softmax(X, dim=0)


for f in [elementwise, across_batch]:
    alone = f(X[:1])[0]  # 第 0 个样本单独计算
    in_batch = f(X)[0]  # 第 0 个样本和其他样本一起计算
    in_other_batch = f(torch.cat([X[:1], 10 * X[1:]]))[0]  # 换一批同伴
    print(
        f.__name__, torch.equal(alone, in_batch), torch.equal(in_batch, in_other_batch)
    )
