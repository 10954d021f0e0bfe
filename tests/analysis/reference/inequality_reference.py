#!/usr/bin/env python3
"""Reference numbers for tests/analysis/tst_inequality.cpp.

Computed independently of analysis/inequality.cpp: every measure is evaluated from its
textbook definition (Gini as the O(n^2) double sum over all ordered pairs, Theil and GE as
plain sums, Dagum's pairwise terms as explicit double loops), in NumPy float64, with no
sorting tricks. Standard library + NumPy only. Run:  python3 inequality_reference.py

Conventions (the same as analysis/inequality.h):
  unweighted: p_i = 1/n.  weighted: p_i = w_i / sum(w)  (w = population, or area for densities)
  mu = sum p_i x_i,  s_i = p_i x_i / mu
  Gini   G  = sum_i sum_j p_i p_j |x_i - x_j| / (2 mu)      (unweighted: / (2 n^2 mu))
  Theil  T  = GE(1) = sum p_i (x_i/mu) ln(x_i/mu) = sum s_i ln(s_i/p_i)   (0 ln 0 = 0)
  Theil  L  = GE(0) = sum p_i ln(mu/x_i)          = sum p_i ln(p_i/s_i)
  GE(a)     = 1/(a(a-1)) sum p_i [(x_i/mu)^a - 1]
  CV        = sqrt(sum p_i (x_i - mu)^2) / mu                 (population, 1/n, s.d.)

Relation to R's 'ineq' package (read from its R source, R/ineq.R; R itself was NOT run here,
so no number below was produced by R):
  ineq::Gini(x, corr = FALSE) = 2 sum(i * x_(i)) / (n sum x) - (n + 1)/n  == G above
  ineq::Theil(x, parameter = 0) = Theil T (GE(1));  ineq::Theil(x, parameter = 1) = MLD, Theil L (GE(0))
  ineq::entropy(x, parameter = a) = GE(a)  (entropy(x, 0) = Theil L, entropy(x, 1) = Theil T)
  ineq::var.coeff(x) = sqrt((n-1) var(x) / n) / mean(x) == CV above
The script also evaluates ineq's Gini formula and checks that it agrees with the double sum.

Data: 31 provinces, 2022 year-end resident population (10k persons), NBS, and land area (km^2),
from shared/reference/facts.md sections 1-2; the NBS four economic regions from section 3.
"""

import math

import numpy as np

EAST, CENTRAL, WEST, NORTHEAST = 0, 1, 2, 3
REGION_NAMES = {EAST: "East", CENTRAL: "Central", WEST: "West", NORTHEAST: "Northeast"}

# code, population 2022 (10k), land area (km^2), NBS region
PROVINCES = [
    (11, 2184, 16411.0, EAST), (12, 1363, 11917.0, EAST), (13, 7420, 188800.0, EAST),
    (14, 3481, 156700.0, CENTRAL), (15, 2401, 1183000.0, WEST),
    (21, 4197, 148400.0, NORTHEAST), (22, 2348, 187400.0, NORTHEAST), (23, 3099, 454800.0, NORTHEAST),
    (31, 2475, 6340.5, EAST), (32, 8515, 102600.0, EAST), (33, 6577, 101800.0, EAST),
    (34, 6127, 139400.0, CENTRAL), (35, 4188, 123900.0, EAST), (36, 4528, 166900.0, CENTRAL),
    (37, 10163, 157100.0, EAST), (41, 9872, 167000.0, CENTRAL), (42, 5844, 185900.0, CENTRAL),
    (43, 6604, 211800.0, CENTRAL), (44, 12657, 179700.0, EAST), (45, 5047, 237600.0, WEST),
    (46, 1027, 35354.0, EAST), (50, 3213, 82400.0, WEST), (51, 8374, 486100.0, WEST),
    (52, 3856, 176200.0, WEST), (53, 4693, 394100.0, WEST), (54, 364, 1228400.0, WEST),
    (61, 3956, 205800.0, WEST), (62, 2492, 425800.0, WEST), (63, 595, 722300.0, WEST),
    (64, 728, 66400.0, WEST), (65, 2587, 1664900.0, WEST),
]


def shares(x, w):
    x = np.asarray(x, dtype=float)
    p = np.full(len(x), 1.0 / len(x)) if w is None else np.asarray(w, dtype=float) / math.fsum(w)
    return x, p


def mean(x, p):
    return math.fsum(p * x)


def gini(x, w=None):
    x, p = shares(x, w)
    mu = mean(x, p)
    total = math.fsum(p[i] * p[j] * abs(x[i] - x[j]) for i in range(len(x)) for j in range(len(x)))
    return total / (2.0 * mu)


def gini_ineq_formula(x):
    """ineq::Gini(x, corr = FALSE), transcribed from the R source."""
    x = np.sort(np.asarray(x, dtype=float))
    n = len(x)
    g = math.fsum(x * np.arange(1, n + 1))
    return (2.0 * g / math.fsum(x) - (n + 1)) / n


def theil_t(x, w=None):
    x, p = shares(x, w)
    mu = mean(x, p)
    return math.fsum(p[i] * (x[i] / mu) * math.log(x[i] / mu) for i in range(len(x)) if x[i] > 0)


def theil_t_shares(x, w=None):
    """Same as theil_t, via income shares: sum s_i ln(s_i / p_i)."""
    x, p = shares(x, w)
    s = p * x / math.fsum(p * x)
    return math.fsum(s[i] * math.log(s[i] / p[i]) for i in range(len(x)) if s[i] > 0)


def theil_l(x, w=None):
    x, p = shares(x, w)
    mu = mean(x, p)
    return math.fsum(p[i] * math.log(mu / x[i]) for i in range(len(x)))


def theil_l_shares(x, w=None):
    x, p = shares(x, w)
    s = p * x / math.fsum(p * x)
    return math.fsum(p[i] * math.log(p[i] / s[i]) for i in range(len(x)))


def ge(x, a, w=None):
    x, p = shares(x, w)
    mu = mean(x, p)
    return math.fsum(p[i] * ((x[i] / mu) ** a - 1.0) for i in range(len(x))) / (a * (a - 1.0))


def cv(x, w=None):
    x, p = shares(x, w)
    mu = mean(x, p)
    return math.sqrt(math.fsum(p * (x - mu) ** 2)) / mu


def lorenz(x, w=None):
    x, p = shares(x, w)
    order = sorted(range(len(x)), key=lambda i: x[i])
    mu = mean(x, p)
    pts, cp, cs = [(0.0, 0.0)], [], []
    for i in order:
        cp.append(p[i])
        cs.append(p[i] * x[i] / mu)
        pts.append((math.fsum(cp), math.fsum(cs)))
    return pts


def theil_decomposition(x, groups, w=None, kind="T"):
    x, p = shares(x, w)
    mu = mean(x, p)
    rows = []
    for g in sorted(set(groups)):
        idx = [i for i in range(len(x)) if groups[i] == g]
        pg = math.fsum(p[i] for i in idx)
        sg = math.fsum(p[i] * x[i] for i in idx) / mu
        xg = x[idx]
        wg = p[idx]  # any positive multiple of the weights gives the same within-group value
        within = theil_t(xg, wg) if kind == "T" else theil_l(xg, wg)
        if kind == "T":
            wc, bc = sg * within, sg * math.log(sg / pg)
        else:
            wc, bc = pg * within, pg * math.log(pg / sg)
        rows.append((g, len(idx), pg, sg, within, wc, bc))
    total = theil_t(x, w) if kind == "T" else theil_l(x, w)
    return total, math.fsum(r[5] for r in rows), math.fsum(r[6] for r in rows), rows


def dagum(x, groups, w=None):
    """Dagum (1997), double loops over the units of each pair of groups."""
    x, p = shares(x, w)
    mu = mean(x, p)
    labels = sorted(set(groups))
    idx = {g: [i for i in range(len(x)) if groups[i] == g] for g in labels}
    P = {g: math.fsum(p[i] for i in idx[g]) for g in labels}
    M = {g: math.fsum(p[i] * x[i] for i in idx[g]) / P[g] for g in labels}
    S = {g: P[g] * M[g] / mu for g in labels}
    group_rows, gw = [], []
    for g in labels:
        q = {i: p[i] / P[g] for i in idx[g]}
        gjj = math.fsum(q[i] * q[r] * abs(x[i] - x[r]) for i in idx[g] for r in idx[g]) / (2.0 * M[g])
        gw.append(P[g] * S[g] * gjj)
        group_rows.append((g, len(idx[g]), P[g], S[g], M[g], gjj, P[g] * S[g] * gjj))
    pair_rows, nb, tv = [], [], []
    for a in range(len(labels)):
        for b in range(a + 1, len(labels)):
            j, h = labels[a], labels[b]
            if M[h] > M[j]:
                j, h = h, j          # j = the group with the higher mean
            qj = {i: p[i] / P[j] for i in idx[j]}
            qh = {r: p[r] / P[h] for r in idx[h]}
            pairs = [(qj[i] * qh[r], x[i] - x[r]) for i in idx[j] for r in idx[h]]
            gjh = math.fsum(wt * abs(d) for wt, d in pairs) / (M[j] + M[h])
            djh = math.fsum(wt * d for wt, d in pairs if d > 0)       # gross affluence d_jh
            pjh = math.fsum(-wt * d for wt, d in pairs if d < 0)      # transvariation p_jh
            D = (djh - pjh) / (djh + pjh)
            weight = P[j] * S[h] + P[h] * S[j]
            nb.append(gjh * weight * D)
            tv.append(gjh * weight * (1.0 - D))
            pair_rows.append((j, h, gjh, djh, pjh, D, weight, nb[-1], tv[-1]))
    return gini(x, w), math.fsum(gw), math.fsum(nb), math.fsum(tv), group_rows, pair_rows


def show(name, value):
    print(f"{name:<44} {value!r}")


def report(title, x, w=None, groups=None):
    print(f"\n=== {title} ===")
    g = gini(x, w)
    show("Gini (double sum)", g)
    if w is None:
        g2 = gini_ineq_formula(x)
        show("Gini (ineq::Gini formula)", g2)
        assert abs(g - g2) <= 1e-13 * max(1.0, abs(g))
    t = theil_t(x, w)
    show("Theil T = GE(1)", t)
    assert abs(t - theil_t_shares(x, w)) <= 1e-13
    if min(x) > 0:  # Theil L, GE(a <= 0) need x > 0
        l = theil_l(x, w)
        show("Theil L = GE(0) (MLD)", l)
        assert abs(l - theil_l_shares(x, w)) <= 1e-13
        show("GE(-1)", ge(x, -1.0, w))
    show("GE(0.5)", ge(x, 0.5, w))
    show("GE(2)", ge(x, 2.0, w))
    show("CV (population s.d.)", cv(x, w))
    if groups is None:
        return
    for kind in ("T",) + (("L",) if min(x) > 0 else ()):
        total, within, between, rows = theil_decomposition(x, groups, w, kind)
        print(f"-- Theil {kind} decomposition: total {total!r} within {within!r} between {between!r}")
        print(f"   within + between - total = {within + between - total:.3e}")
        for g_, n, pg, sg, wv, wc, bc in rows:
            print(f"   group {g_} n={n} p={pg!r} s={sg!r} within={wv!r} withinContribution={wc!r} between={bc!r}")
    total, gw, gnb, gt, grows, prows = dagum(x, groups, w)
    print(f"-- Dagum: G {total!r} Gw {gw!r} Gnb {gnb!r} Gt {gt!r}")
    print(f"   Gw + Gnb + Gt - G = {gw + gnb + gt - total:.3e}")
    for g_, n, pg, sg, m, gjj, c in grows:
        print(f"   group {g_} n={n} p={pg!r} s={sg!r} mean={m!r} Gjj={gjj!r} contribution={c!r}")
    for j, h, gjh, djh, pjh, D, wt, cnb, ct in prows:
        print(f"   pair {j}>{h} Gjh={gjh!r} djh={djh!r} pjh={pjh!r} Djh={D!r} weight={wt!r} nb={cnb!r} t={ct!r}")


def main():
    report("x = {1,2,3,4}", [1, 2, 3, 4], groups=[0, 1, 0, 1])
    report("x = {0,0,0,1}", [0, 0, 0, 1])
    report("x = {1,3}, w = {3,1}", [1, 3], w=[3, 1])
    report("x = {2,7,1,8,2,8}, w = {1,2,3,1,2,5} (irregular)", [2, 7, 1, 8, 2, 8], w=[1, 2, 3, 1, 2, 5],
           groups=[0, 0, 1, 1, 2, 2])

    pop = [r[1] for r in PROVINCES]
    area = [r[2] for r in PROVINCES]
    region = [r[3] for r in PROVINCES]
    assert len(PROVINCES) == 31 and sum(pop) == 140975
    assert [sum(pp for pp, rr in zip(pop, region) if rr == g) for g in (EAST, CENTRAL, WEST, NORTHEAST)] \
        == [56569, 36456, 38306, 9644]
    report("31 provinces: resident population 2022 (10k), unweighted, by NBS region", pop, groups=region)
    density = [pp * 10000.0 / aa for pp, aa in zip(pop, area)]
    report("31 provinces: density 2022 (persons/km^2), weighted by land area, by NBS region",
           density, w=area, groups=region)
    print("\nLorenz, population (unweighted), first 4 points:", lorenz(pop)[:4])
    print("Lorenz, density weighted by area, first 4 points:", lorenz(density, area)[:4])


if __name__ == "__main__":
    main()
