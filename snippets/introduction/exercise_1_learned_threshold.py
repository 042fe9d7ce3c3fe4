import torch

torch.manual_seed(0)


def messages(n):  # exclamation marks per message: ham ~ Poisson(1), spam ~ Poisson(4)
    is_spam = torch.rand(n) < 0.5
    marks = torch.poisson(torch.where(is_spam, 4.0, 1.0))
    return marks, is_spam


def errors(threshold, marks, is_spam):  # rule: spam if marks > threshold
    return ((marks > threshold) != is_spam).sum().item()


train, test = messages(1000), messages(1000)
print("hand-written rule, threshold 3:", errors(3, *train), "errors on 1000")
# Learned: the threshold with the fewest errors on the labeled training messages.
learned = min(range(11), key=lambda t: errors(t, *train))
print(f"learned threshold {learned}:", errors(learned, *train), "errors on 1000")
print("on 1000 new messages:", errors(3, *test), "vs", errors(learned, *test))
