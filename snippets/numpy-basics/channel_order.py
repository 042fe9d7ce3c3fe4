import numpy as np

# A 2x2 image with 3 colour channels last: (H, W, C), channels R, G, B
img = np.zeros((2, 2, 3), dtype=np.int64)
img[..., 0], img[..., 1], img[..., 2] = 1, 2, 3
print(img[0, 0])

chw = img.transpose(2, 0, 1)
print(chw.shape, chw[:, 0, 0])

gbr = img[..., [1, 2, 0]]
print(gbr.shape, gbr[0, 0])
