from torch import nn

softmax_regression = nn.Linear(64, 10)
print(
    f"softmax regression: {sum(p.numel() for p in softmax_regression.parameters())} parameters"
)
for num_hiddens in [16, 64, 256]:
    mlp = nn.Sequential(
        nn.Linear(64, num_hiddens), nn.ReLU(), nn.Linear(num_hiddens, 10)
    )
    count = sum(p.numel() for p in mlp.parameters())
    formula = (64 + 1) * num_hiddens + (num_hiddens + 1) * 10
    print(f"MLP, num_hiddens {num_hiddens:3d}: {count} parameters, formula {formula}")

# 多个超参数一起调：每个超参数试 5 个值，网格搜索的次数按乘法增长
for num_hyperparams in [1, 2, 4]:
    print(f"{num_hyperparams} hyperparameter(s) x 5 values: {5**num_hyperparams} runs")
