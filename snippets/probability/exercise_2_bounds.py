from itertools import combinations

# 10 equally likely outcomes; try every pair of events A, B with given sizes.
# Sizes are counted in outcomes, so every probability is (count / 10), exactly.
outcomes = range(10)
for size_a, size_b in [(3, 6), (7, 6)]:
    unions, intersections = set(), set()
    for a in combinations(outcomes, size_a):
        for b in combinations(outcomes, size_b):
            unions.add(len(set(a) | set(b)))
            intersections.add(len(set(a) & set(b)))
    print(f"P(A) = {size_a / 10}, P(B) = {size_b / 10}, sum {(size_a + size_b) / 10}")
    print(f"  P(A or B):  seen {min(unions) / 10} .. {max(unions) / 10}", end="; ")
    print(f"bounds {max(size_a, size_b) / 10} .. {min(10, size_a + size_b) / 10}")
    print(
        f"  P(A and B): seen {min(intersections) / 10} .. {max(intersections) / 10}",
        end="; ",
    )
    print(f"bounds {max(0, size_a + size_b - 10) / 10} .. {min(size_a, size_b) / 10}")
