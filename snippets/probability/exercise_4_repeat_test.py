p_h = 0.0015  # P(H=1)
fp = 0.01  # P(D1=1 | H=0): false positive rate of the first test
# P(D1=1 | H=1) = 1: the test never misses an infection


def posterior(p_pos_given_sick, p_pos_given_healthy):
    evidence = p_pos_given_sick * p_h + p_pos_given_healthy * (1 - p_h)
    return p_pos_given_sick * p_h / evidence


print(f"one positive test:                    {posterior(1.0, fp):.4f}")
# Two positives, if the two runs erred independently given H: P = fp * fp
print(f"two positives, independent errors:    {posterior(1.0, fp * fp):.4f}")
# Two positives, if a healthy person who tests positive once always does again
# (the same cause, e.g. a cross-reacting antibody): P(both | H=0) = fp
print(f"two positives, the error repeats:     {posterior(1.0, fp):.4f}")
