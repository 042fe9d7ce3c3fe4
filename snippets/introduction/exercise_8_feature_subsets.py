from itertools import combinations

D = 5
features = range(D)
subsets = [s for k in range(D + 1) for s in combinations(features, k)]
print(len(subsets), 2**D)  # every subset, the empty one included

# Forward search: round r tries each of the D - r features not chosen yet.
print(sum(D - r for r in range(D)), D * (D + 1) // 2)
for D in [20, 100]:
    print(f"D = {D}: {2**D:.3e} subsets, forward search tries {D * (D + 1) // 2}")
