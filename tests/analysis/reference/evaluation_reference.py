#!/usr/bin/env python3
"""Reference numbers for tests/analysis/evaluation/tst_*.cpp (analysis/evaluation).

Computed independently of analysis/evaluation/*.cpp, in NumPy float64, standard library +
NumPy only. Run:  /usr/bin/python3 evaluation_reference.py   (prints C++-ready numbers and
asserts its own internal cross-checks).

Where this script deliberately differs in *algorithm* from the C++ code, so that agreement
is a real check:
  - correlations with np.corrcoef (C++: centred dot products / Zᵀ Z / n);
  - symmetric eigen-decomposition with np.linalg.eigh (C++: Eigen SelfAdjointEigenSolver);
  - varimax by Kaiser's (1958) pairwise planar rotations, sweeping all factor pairs until no
    angle exceeds 1e-15 (C++: the SVD iteration of R's stats::varimax); the script also runs
    the SVD iteration and asserts both give the same rotated loadings (up to factor order
    and sign);
  - AHP principal eigenvector by np.linalg.eig, cross-checked by power iteration and, for
    3 × 3, by the closed forms λ_max = 1 + t + 1/t, t = (a12 a23 / a13)^(1/3), and
    w ∝ row geometric means (exact for reciprocal 3 × 3 matrices);
  - ranks by explicit pairwise counting (no sort).

Conventions (the same as the headers in analysis/evaluation/):
  min–max     benefit (x − min)/(max − min), cost (max − x)/(max − min)
  entropy     p = x'/Σx', e = −Σ p ln p / ln n (0 ln 0 = 0), d = 1 − e, w = d/Σd
  CRITIC      σ sample sd (ddof = 1) of x', r Pearson of x', C = σ Σ(1 − r), w = C/ΣC
  PCA         OECD/JRC Handbook (2008) §6.1: correlation PCA, keep λ > 1, varimax with Kaiser
              normalisation, V_f = Σ_i L_if², q = L²/V_f, indicator → factor of largest L²,
              u = q · V_f/ΣV, w = u/Σu
  AHP         principal eigenvector (sum 1), CI = (λ − n)/(n − 1), CR = CI/RI (Saaty 1980 RI)
  TOPSIS      r = x/‖x_j‖, v = w r, ideal max (benefit)/min (cost), C = D−/(D+ + D−)
"""

import math

import numpy as np

np.set_printoptions(precision=17)


def cpp(name, values):
    """Prints a C++ initializer with 17 significant digits."""
    flat = np.asarray(values, dtype=float).ravel()
    body = ", ".join(f"{v:.17g}" for v in flat)
    print(f"{name} = {{{body}}};")


# ---------------------------------------------------------------------------------------------
# Data

# Six cities (illustrative numbers, not statistics): GDP per capita (10k yuan, benefit),
# PM2.5 (µg/m³, cost), broadband users per 100 people (benefit), mean commute (min, cost).
CITIES = np.array([
    [19.0, 30.0, 110.0, 47.0],
    [12.5, 42.0, 95.0, 38.0],
    [8.6, 55.0, 80.0, 33.0],
    [15.2, 36.0, 120.0, 41.0],
    [10.1, 48.0, 88.0, 36.0],
    [13.8, 25.0, 102.0, 44.0],
])
CITIES_COST = [False, True, False, True]

# Twelve units × six indicators with two latent blocks (synthetic, generated once with
# NumPy's default_rng(2024) and rounded to 1 decimal; the literal numbers are the data):
# indicators 0–2 load on a "digital economy" factor, 3–5 on an "environment" factor.
PCA_DATA = np.array([
    [12.0, 56.2, 4.8, 20.1, 70.2, 1.9],
    [14.1, 58.3, 6.8, 38.2, 76.6, 3.1],
    [12.8, 65.2, 6.2, 28.3, 71.6, 2.0],
    [7.9, 40.0, 4.4, 33.7, 75.1, 2.0],
    [5.7, 36.9, 3.6, 18.6, 66.8, 1.6],
    [10.5, 43.6, 5.6, 30.5, 67.6, 1.8],
    [12.4, 46.4, 5.8, 18.1, 63.0, 1.9],
    [11.9, 57.2, 5.5, 27.3, 66.6, 1.6],
    [15.2, 58.7, 6.1, 37.8, 73.2, 2.5],
    [14.0, 59.9, 5.1, 19.8, 65.7, 1.8],
    [10.9, 64.4, 5.6, 23.5, 68.2, 1.5],
    [9.5, 43.6, 4.4, 29.7, 71.3, 1.7],
])

# TOPSIS: the fighter-aircraft example in the form commonly reproduced from Hwang & Yoon
# (1981): 4 aircraft × 6 criteria — max speed (Mach), ferry range (NM), max payload (lb),
# purchase cost ($10^6, cost), reliability and manoeuvrability (benefit, 1–9 scores).
AIRCRAFT = np.array([
    [2.0, 1500.0, 20000.0, 5.5, 5.0, 9.0],
    [2.5, 2700.0, 18000.0, 6.5, 3.0, 5.0],
    [1.8, 2000.0, 21000.0, 4.5, 7.0, 7.0],
    [2.2, 1800.0, 20000.0, 5.0, 5.0, 5.0],
])
AIRCRAFT_COST = [False, False, False, True, False, False]
AIRCRAFT_WEIGHTS = np.array([0.2, 0.1, 0.1, 0.1, 0.2, 0.3])

# AHP matrices.
AHP_TEXTBOOK3 = np.array([[1.0, 3.0, 5.0], [1 / 3, 1.0, 3.0], [1 / 5, 1 / 3, 1.0]])
AHP_CONSISTENT4_W = np.array([0.4, 0.3, 0.2, 0.1])
AHP_CONSISTENT4 = np.outer(AHP_CONSISTENT4_W, 1.0 / AHP_CONSISTENT4_W)
AHP_FOUR = np.array([
    [1.0, 3.0, 5.0, 9.0],
    [1 / 3, 1.0, 3.0, 7.0],
    [1 / 5, 1 / 3, 1.0, 3.0],
    [1 / 9, 1 / 7, 1 / 3, 1.0],
])
AHP_INCONSISTENT3 = np.array([[1.0, 9.0, 1 / 9], [1 / 9, 1.0, 9.0], [9.0, 1 / 9, 1.0]])

SAATY_RI = [0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59]


# ---------------------------------------------------------------------------------------------
# Methods

def min_max(x, cost):
    y = np.empty_like(x)
    for j in range(x.shape[1]):
        lo, hi = x[:, j].min(), x[:, j].max()
        y[:, j] = (hi - x[:, j]) / (hi - lo) if cost[j] else (x[:, j] - lo) / (hi - lo)
    return y


def z_score(x, cost):
    y = (x - x.mean(axis=0)) / x.std(axis=0, ddof=0)
    for j in range(x.shape[1]):
        if cost[j]:
            y[:, j] = -y[:, j]
    return y


def entropy_weights(x, cost):
    y = min_max(x, cost)
    n, m = y.shape
    e = np.zeros(m)
    for j in range(m):
        p = y[:, j] / y[:, j].sum()
        e[j] = -sum(pi * math.log(pi) for pi in p if pi > 0.0) / math.log(n)
    d = 1.0 - e
    return d / d.sum(), e, d


def critic_weights(x, cost):
    y = min_max(x, cost)
    sigma = y.std(axis=0, ddof=1)
    r = np.corrcoef(y, rowvar=False)
    conflict = (1.0 - r).sum(axis=0)
    c = sigma * conflict
    return c / c.sum(), sigma, conflict, c, r


def varimax_criterion(lam):
    p = lam.shape[0]
    l2 = lam ** 2
    return float(((l2 ** 2).sum(axis=0) - (l2.sum(axis=0) ** 2) / p).sum())


def varimax_pairwise(loadings):
    """Kaiser (1958): planar rotations of each factor pair, Kaiser-normalised rows."""
    h = np.sqrt((loadings ** 2).sum(axis=1))
    a = loadings / h[:, None]
    p, k = a.shape
    for _sweep in range(10000):
        largest = 0.0
        for i in range(k - 1):
            for j in range(i + 1, k):
                x, y = a[:, i].copy(), a[:, j].copy()
                u = x * x - y * y
                v = 2.0 * x * y
                A, B = u.sum(), v.sum()
                C = (u * u - v * v).sum()
                D = 2.0 * (u * v).sum()
                num = D - 2.0 * A * B / p
                den = C - (A * A - B * B) / p
                phi = 0.25 * math.atan2(num, den)
                largest = max(largest, abs(phi))
                c, s = math.cos(phi), math.sin(phi)
                a[:, i] = x * c + y * s
                a[:, j] = -x * s + y * c
        if largest < 1e-15:
            break
    else:
        raise RuntimeError("pairwise varimax did not converge")
    return a * h[:, None]


def varimax_svd(loadings, eps=1e-14):
    """R's stats::varimax algorithm, only to cross-check the pairwise one."""
    h = np.sqrt((loadings ** 2).sum(axis=1))
    x = loadings / h[:, None]
    p, k = x.shape
    t = np.eye(k)
    for _ in range(100000):
        z = x @ t
        b = x.T @ (z ** 3 - z @ np.diag((z ** 2).sum(axis=0)) / p)
        u, _s, vt = np.linalg.svd(b)
        t_new = u @ vt
        if np.abs(t_new - t).max() < eps:
            t = t_new
            break
        t = t_new
    return (x @ t) * h[:, None]


def canonical(loadings):
    """Factors sorted by explained variance (descending), each with a non-negative sum."""
    var = (loadings ** 2).sum(axis=0)
    order = sorted(range(loadings.shape[1]), key=lambda f: -var[f])
    out = loadings[:, order].copy()
    for f in range(out.shape[1]):
        if out[:, f].sum() < 0:
            out[:, f] = -out[:, f]
    return out


def pca_weights(x):
    r = np.corrcoef(x, rowvar=False)
    values, vectors = np.linalg.eigh(r)
    order = np.argsort(values)[::-1]
    values, vectors = values[order], vectors[:, order]
    k = int((values > 1.0).sum())
    a = vectors[:, :k] * np.sqrt(values[:k])
    rotated = canonical(varimax_pairwise(a)) if k >= 2 else canonical(a)
    check = canonical(varimax_svd(a)) if k >= 2 else rotated
    assert np.abs(rotated - check).max() < 1e-9, "varimax algorithms disagree"
    assert varimax_criterion(rotated) >= varimax_criterion(a) - 1e-12
    l2 = rotated ** 2
    v = l2.sum(axis=0)
    q = l2 / v
    factor = [int(np.argmax(l2[i])) for i in range(x.shape[1])]
    u = np.array([q[i, factor[i]] * v[factor[i]] / v.sum() for i in range(x.shape[1])])
    return u / u.sum(), values, k, rotated, v, q, factor


def ahp(a):
    n = a.shape[0]
    values, vectors = np.linalg.eig(a)
    k = int(np.argmax(values.real))
    lam = float(values[k].real)
    w = vectors[:, k].real
    w = w / w.sum()
    # Power iteration cross-check.
    v = np.ones(n) / n
    for _ in range(10000):
        nv = a @ v
        nv /= nv.sum()
        if np.abs(nv - v).max() < 1e-16:
            break
        v = nv
    assert np.abs(v - w).max() < 1e-12
    ci = (lam - n) / (n - 1) if n > 2 else 0.0
    ri = SAATY_RI[n - 1]
    cr = ci / ri if ri > 0 else 0.0
    return w, lam, ci, ri, cr


def topsis(x, cost, w):
    r = x / np.sqrt((x ** 2).sum(axis=0))
    v = r * w
    best = np.array([v[:, j].min() if cost[j] else v[:, j].max() for j in range(x.shape[1])])
    worst = np.array([v[:, j].max() if cost[j] else v[:, j].min() for j in range(x.shape[1])])
    dp = np.sqrt(((v - best) ** 2).sum(axis=1))
    dm = np.sqrt(((v - worst) ** 2).sum(axis=1))
    return dm / (dp + dm), dp, dm


def ranks_min(values):
    """Rank 1 = largest; ties get the smallest rank (1, 2, 2, 4), by counting."""
    return [1 + sum(1 for w in values if w > v) for v in values]


# ---------------------------------------------------------------------------------------------

def main():
    print("// ---- entropy weights, CITIES")
    w, e, d = entropy_weights(CITIES, CITIES_COST)
    cpp("entropy", e)
    cpp("divergence", d)
    cpp("weights", w)

    print("// ---- CRITIC weights, CITIES")
    w, sigma, conflict, c, r = critic_weights(CITIES, CITIES_COST)
    cpp("sigma", sigma)
    cpp("conflict", conflict)
    cpp("information", c)
    cpp("weights", w)
    cpp("correlation", r)

    print("// ---- PCA weights (Handbook), PCA_DATA")
    w, values, k, rotated, v, q, factor = pca_weights(PCA_DATA)
    cpp("eigenvalues", values)
    print(f"// retained = {k}; factor of indicator = {factor}")
    cpp("rotatedLoadings (row-major m × k)", rotated)
    cpp("explainedVariance", v)
    cpp("scaledSquaredLoadings (row-major)", q)
    cpp("weights", w)

    for name, a in [("TEXTBOOK3", AHP_TEXTBOOK3), ("CONSISTENT4", AHP_CONSISTENT4), ("FOUR", AHP_FOUR),
                    ("INCONSISTENT3", AHP_INCONSISTENT3)]:
        w, lam, ci, ri, cr = ahp(a)
        print(f"// ---- AHP {name}")
        cpp("weights", w)
        print(f"lambdaMax = {lam:.17g}; CI = {ci:.17g}; RI = {ri}; CR = {cr:.17g};")
        if a.shape[0] == 3:
            t = (a[0, 1] * a[1, 2] / a[0, 2]) ** (1.0 / 3.0)
            closed = 1.0 + t + 1.0 / t
            g = np.prod(a, axis=1) ** (1.0 / 3.0)
            assert abs(closed - lam) < 1e-12, (closed, lam)
            assert np.abs(g / g.sum() - w).max() < 1e-12
            print(f"// closed form: t = {t:.17g}, lambda = 1 + t + 1/t = {closed:.17g}; row GM weights agree")

    print("// ---- TOPSIS, AIRCRAFT")
    c, dp, dm = topsis(AIRCRAFT, AIRCRAFT_COST, AIRCRAFT_WEIGHTS)
    cpp("closeness", c)
    cpp("dPlus", dp)
    cpp("dMinus", dm)
    print(f"// ranks (min) = {ranks_min(list(c))}")

    print("// ---- min-max and z-score of CITIES (cross-check of the hand values)")
    cpp("minMax (row-major)", min_max(CITIES, CITIES_COST))
    cpp("zScore (row-major)", z_score(CITIES, CITIES_COST))

    print("// ---- arithmetic / geometric (shift 0.01) / TOPSIS of min-max CITIES, equal weights")
    y = min_max(CITIES, CITIES_COST)
    w = np.full(4, 0.25)
    cpp("arithmetic", y @ w)
    cpp("geometricShifted", np.exp(np.log(y + 0.01) @ w) - 0.01)
    c, _, _ = topsis(y, [False] * 4, w)
    cpp("topsisOnMinMax", c)


if __name__ == "__main__":
    main()
