from sklearn import datasets

# scikit-learn 随包附带、无须下载的几个分类数据集
for name in ["load_digits", "load_iris", "load_wine", "load_breast_cancer"]:
    data = getattr(datasets, name)()
    print(
        f"{name:18s} 样本 {data.data.shape[0]:4d}，特征 {data.data.shape[1]:2d}，类别 {len(data.target_names)}"
    )
