import pickle

import torch


class Payload:
    """pickle 保存的是「怎样重建这个对象」：这里写的是「调用 print」。"""

    def __reduce__(self):
        return (print, ("这行字是加载文件时执行的代码打印的",))


torch.save({"weights": torch.ones(2), "extra": Payload()}, "checkpoint.pt")

try:
    torch.load("checkpoint.pt")  # weights_only=True：拒绝，代码没有运行
except pickle.UnpicklingError as error:
    reason = [line.strip() for line in str(error).splitlines() if "Unsupported" in line]
    print(f"UnpicklingError: ... {reason[0]}")

print("weights_only=False:")
loaded = torch.load("checkpoint.pt", weights_only=False)  # 加载就执行了文件里的代码
print(loaded["extra"])  # print 的返回值
