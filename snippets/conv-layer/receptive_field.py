import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from sklearn.datasets import load_digits

digits = load_digits()
image = torch.tensor(digits.images[0], dtype=torch.float32) / 16  # 一个「0」
X = F.interpolate(image.reshape(1, 1, 8, 8), size=(16, 16), mode="nearest")

# 两个手工的卷积核：横向差分找竖直的边缘，纵向差分找水平的边缘
vertical_edges = F.conv2d(X, torch.tensor([[[[1.0, -1.0]]]]))
horizontal_edges = F.conv2d(X, torch.tensor([[[[1.0], [-1.0]]]]))
print("feature maps:", tuple(vertical_edges.shape), tuple(horizontal_edges.shape))

# 感受野：输出中间的一个元素对哪些输入像素有梯度（连续 1、2、3 个 3×3 卷积层）
masks = []
for num_layers in [1, 2, 3]:
    X_in = torch.ones(1, 1, 16, 16, requires_grad=True)
    H = X_in
    for _ in range(num_layers):
        H = F.conv2d(H, torch.ones(1, 1, 3, 3), padding=1)
    H[0, 0, 8, 8].backward()
    mask = X_in.grad[0, 0] != 0
    rows, cols = mask.nonzero()[:, 0], mask.nonzero()[:, 1]
    size = (rows.max() - rows.min() + 1).item(), (cols.max() - cols.min() + 1).item()
    print(f"{num_layers} layer(s) of 3x3: receptive field {size[0]}x{size[1]}")
    masks.append(mask)

fig, axes = plt.subplots(1, 5, figsize=(10, 2.4))
axes[0].imshow(X[0, 0], cmap="gray_r")
axes[0].set_title("input (16x16)", fontsize=9)
axes[1].imshow(vertical_edges[0, 0], cmap="RdBu", vmin=-1, vmax=1)
axes[1].set_title("kernel [1, -1]", fontsize=9)
axes[2].imshow(horizontal_edges[0, 0], cmap="RdBu", vmin=-1, vmax=1)
axes[2].set_title("kernel [1, -1] transposed", fontsize=9)
for ax, num_layers in zip(axes[3:], [1, 3]):
    ax.imshow(X[0, 0], cmap="gray_r")
    ax.imshow(masks[num_layers - 1], cmap="Reds", alpha=0.5)
    ax.plot(8, 8, "k+")
    ax.set_title(f"receptive field, {num_layers} layer(s)", fontsize=9)
for ax in axes:
    ax.set_xticks([])
    ax.set_yticks([])
fig.tight_layout()
fig.savefig("receptive_field.svg")
