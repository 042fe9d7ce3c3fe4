import numpy as np

arr = np.arange(3).reshape(3, 1)
print(arr.shape, arr.squeeze().shape)

arr1 = np.arange(6).reshape(3, 1, 2, 1)
print(arr1.shape, arr1.squeeze().shape, arr1.squeeze(axis=1).shape)

img = np.arange(24).reshape(2, 3, 4)
print(img.shape, img.transpose(1, 2, 0).shape)
print(img[0, 1, 2] == img.transpose(1, 2, 0)[1, 2, 0])
