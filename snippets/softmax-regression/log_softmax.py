import torch


def logsumexp(o):
    m = o.max()
    return m + torch.log(torch.exp(o - m).sum())


o = torch.tensor([0.0, -120.0])
p = torch.exp(o - o.max()) / torch.exp(o - o.max()).sum()  # 减去最大值的 softmax
print("softmax：", p)
print("先 softmax 再取对数：", torch.log(p))
print("o - logsumexp(o)：   ", o - logsumexp(o))
print("torch.log_softmax：  ", torch.log_softmax(o, dim=0))

big = torch.tensor([1000.0, 999.0])
print("直接 log(Σ exp)：", torch.log(torch.exp(big).sum()))
print("LogSumExp：", logsumexp(big), torch.logsumexp(big, dim=0))
spacing = torch.nextafter(torch.tensor(1000.0), torch.tensor(2000.0)) - 1000
print(f"float32 在 1000 附近的间隔：{spacing.item():.2e}")
