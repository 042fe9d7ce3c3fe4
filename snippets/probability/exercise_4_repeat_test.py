p_h = 0.0015  # P(H=1)
fp = 0.01  # P(D1=1 | H=0): false positive rate of the first test
# P(D1=1 | H=1) = 1: the test never misses an infection


def posterior(p_pos_given_sick, p_pos_given_healthy):
    evidence = p_pos_given_sick * p_h + p_pos_given_healthy * (1 - p_h)
    return p_pos_given_sick * p_h / evidence


print(f"one positive test:         {posterior(1.0, fp):.4f}")
# Two positives: Bayes needs P(both positive | H=0). Suppose a share r of the
# healthy people who test positive once do so again for a lasting reason (e.g. a
# cross-reacting antibody); the others err again independently, with rate fp.
for r in [0.0, 0.1, 0.5, 0.9, 1.0]:
    both_given_healthy = fp * (r + (1 - r) * fp)
    print(f"two positives, r = {r:.1f}:   {posterior(1.0, both_given_healthy):.4f}")
