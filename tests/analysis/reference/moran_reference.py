#!/usr/bin/python3
"""Reference numbers for tst_moran.cpp and tst_localmoran.cpp.

An independent re-implementation, from the published formulas, with dense numpy matrices
(the C++ code uses sparse neighbour lists). Conventions reproduced:

* Global Moran's I as R spdep moran.test (Cliff & Ord 1981): I, E[I] = -1/(n-1), variance under
  normality and under randomisation (b2 = n sum z^4 / (sum z^2)^2), z-scores, p-values for the
  alternatives "greater" (moran.test's default) and "two.sided". S0, S1, S2 as
  spdep::spweights.constants.
* Local Moran's I as R spdep localmoran (mlvar = TRUE): I_i = (z_i / m2) sum_j w_ij z_j,
  m2 = sum z^2 / n; moments with conditional = TRUE (default since spdep 1.1-7, Sokal et al.
  1998) and conditional = FALSE (total randomisation), two-sided p.
* Getis-Ord Gi* as R spdep localG with include.self() on binary weights ("B"): G*_i, E, Var,
  z-score, two-sided p.

R was not run; these are the formulas of those functions evaluated in numpy (float64).
Usage: /usr/bin/python3 moran_reference.py  > prints C++ initialisers to paste into the tests.
"""

import math

import numpy as np


# --- weights -----------------------------------------------------------------------------------

def rook_lattice(rows, cols):
    """Neighbour lists of a rows x cols rook lattice, unit index = row * cols + col."""
    nb = []
    for r in range(rows):
        for c in range(cols):
            lst = []
            if r > 0:
                lst.append((r - 1) * cols + c)
            if c > 0:
                lst.append(r * cols + c - 1)
            if c < cols - 1:
                lst.append(r * cols + c + 1)
            if r < rows - 1:
                lst.append((r + 1) * cols + c)
            nb.append(sorted(lst))
    return nb


def binary_matrix(nb):
    n = len(nb)
    w = np.zeros((n, n))
    for i, lst in enumerate(nb):
        for j in lst:
            w[i, j] = 1.0
    return w


def row_standardise(w):
    rs = w.sum(axis=1)
    return w / rs[:, None]


def sums(w):
    s0 = w.sum()
    s1 = 0.5 * ((w + w.T) ** 2).sum()
    s2 = ((w.sum(axis=1) + w.sum(axis=0)) ** 2).sum()
    return s0, s1, s2


# --- statistics --------------------------------------------------------------------------------

def upper_tail(z):
    return 0.5 * math.erfc(z / math.sqrt(2.0))


def two_sided(z):
    return min(1.0, 2.0 * upper_tail(abs(z)))


def moran_test(x, w):
    n = len(x)
    z = x - x.mean()
    zz = (z * z).sum()
    s0, s1, s2 = sums(w)
    i = n / s0 * (z @ w @ z) / zz
    ei = -1.0 / (n - 1)
    b2 = n * (z ** 4).sum() / zz ** 2
    vn = (n * n * s1 - n * s2 + 3 * s0 ** 2) / ((n * n - 1) * s0 ** 2) - ei ** 2
    vr = (n * ((n * n - 3 * n + 3) * s1 - n * s2 + 3 * s0 ** 2)
          - b2 * ((n * n - n) * s1 - 2 * n * s2 + 6 * s0 ** 2)) \
        / ((n - 1) * (n - 2) * (n - 3) * s0 ** 2) - ei ** 2
    zn = (i - ei) / math.sqrt(vn)
    zr = (i - ei) / math.sqrt(vr)
    return dict(S0=s0, S1=s1, S2=s2, I=i, EI=ei, b2=b2,
                VN=vn, ZN=zn, PN_greater=upper_tail(zn), PN_two=two_sided(zn),
                VR=vr, ZR=zr, PR_greater=upper_tail(zr), PR_two=two_sided(zr))


def local_moran(x, w, conditional):
    n = len(x)
    z = x - x.mean()
    m2 = (z * z).sum() / n
    lz = w @ z
    ii = z / m2 * lz
    wi = w.sum(axis=1)
    wi2 = (w ** 2).sum(axis=1)
    if conditional:
        e = -(z ** 2 * wi) / ((n - 1) * m2)
        v = (z / m2) ** 2 * (n / (n - 2)) * (wi2 - wi ** 2 / (n - 1)) * (m2 - z ** 2 / (n - 1))
    else:
        b2 = ((z ** 4).sum() / n) / m2 ** 2
        e = -wi / (n - 1)
        a = (n - b2) / (n - 1)
        b = (2 * b2 - n) / ((n - 1) * (n - 2))
        v = a * wi2 + b * (wi ** 2 - wi2) - e ** 2
    zs = (ii - e) / np.sqrt(v)
    p = np.array([two_sided(t) for t in zs])
    return dict(Ii=ii, E=e, V=v, Z=zs, P=p, lag=lz)


def exact_conditional(x, nb, unit):
    """Exact conditional-randomisation tail of local Moran's I for one unit (row-standardised
    weights): all k-subsets of the other n - 1 units are equally likely neighbour sets.
    Returns (count of subsets with I >= observed, number of subsets)."""
    import itertools
    n = len(x)
    z = x - x.mean()
    m2 = (z * z).sum() / n
    k = len(nb[unit])
    observed = z[unit] / m2 * np.mean([z[j] for j in nb[unit]])
    others = [j for j in range(n) if j != unit]
    greater = total = 0
    for subset in itertools.combinations(others, k):
        value = z[unit] / m2 * np.mean([z[j] for j in subset])
        total += 1
        if value >= observed - 1e-12 * abs(observed):
            greater += 1
    return greater, total


def local_g_star(x, nb):
    n = len(x)
    b = binary_matrix(nb) + np.eye(n)
    lx = b @ x
    wi = b.sum(axis=1)
    s1i = (b ** 2).sum(axis=1)
    xbar = x.mean()
    s2 = ((x - xbar) ** 2).sum() / n
    eg = wi * xbar
    vg = s2 * (n * s1i - wi ** 2) / (n - 1)
    zs = (lx - eg) / np.sqrt(vg)
    total = x.sum()
    p = np.array([two_sided(t) for t in zs])
    return dict(G=lx / total, EG=eg / total, VG=vg / total ** 2, Z=zs, P=p)


# --- data (the same numbers are in the C++ tests) ------------------------------------------------

LINE4_NB = [[1], [0, 2], [1, 3], [2]]
LINE4_X = np.array([1.0, 2.0, 3.0, 4.0])

LATTICE_NB = rook_lattice(5, 5)
# GDP per capita (10k CNY) on a 5 x 5 grid: high in the north-west, low in the south-east,
# one low unit among high ones at (0, 3) and one high unit among low ones at (4, 4).
LATTICE_X = np.array([
    9.8, 8.7, 7.9, 2.0, 4.2,
    8.9, 9.1, 6.4, 4.8, 3.9,
    7.2, 6.8, 5.5, 4.1, 3.3,
    4.4, 5.0, 3.8, 2.9, 2.6,
    3.1, 2.7, 3.5, 2.2, 7.6,
])

# Six units with asymmetric neighbour lists of varying length.
ASYM_NB = [[1, 2], [0], [1, 3], [2, 4, 5], [3], [3, 4]]
ASYM_X = np.array([3.0, 5.0, 4.0, 8.0, 6.0, 9.0])


def fmt(v):
    return repr(float(v))


def qlist(values):
    return "QList<double>{%s}" % ", ".join(fmt(v) for v in values)


MORAN_KEYS = ["I", "EI", "VN", "ZN", "PN_greater", "PN_two", "VR", "ZR", "PR_greater", "PR_two",
              "S0", "S1", "S2"]


def print_moran(label, x, w):
    r = moran_test(x, w)
    print("    // %s: %s" % (label, ", ".join(MORAN_KEYS)))
    print("    //   spdep moran.test formulas (normality and randomisation), evaluated in numpy")
    print("    %s," % qlist(r[k] for k in MORAN_KEYS))


def print_local(label, x, w, conditional):
    r = local_moran(x, w, conditional)
    print("    // %s: spdep localmoran(conditional = %s, alternative = \"two.sided\"), numpy"
          % (label, "TRUE" if conditional else "FALSE"))
    for key in ["Ii", "E", "V", "Z", "P"]:
        print("    // %s" % key)
        print("    %s," % qlist(r[key]))


def main():
    wl = binary_matrix(LINE4_NB)
    wg = binary_matrix(LATTICE_NB)
    wa = binary_matrix(ASYM_NB)

    print("// ---- global Moran (tst_moran.cpp) ----")
    print_moran("line4 W", LINE4_X, row_standardise(wl))
    print_moran("line4 B", LINE4_X, wl)
    print_moran("lattice5 W", LATTICE_X, row_standardise(wg))
    print_moran("lattice5 B", LATTICE_X, wg)
    print_moran("asym6 W", ASYM_X, row_standardise(wa))
    print_moran("asym6 B", ASYM_X, wa)

    print("// ---- local Moran (tst_localmoran.cpp) ----")
    print_local("lattice5 W", LATTICE_X, row_standardise(wg), True)
    print_local("lattice5 W", LATTICE_X, row_standardise(wg), False)
    print_local("asym6 B", ASYM_X, wa, True)
    print_local("asym6 W", ASYM_X, row_standardise(wa), False)

    print("// ---- exact conditional randomisation of local Moran (tst_localmoran.cpp) ----")
    for unit in [0, 3, 12, 18, 24]:
        greater, total = exact_conditional(LATTICE_X, LATTICE_NB, unit)
        folded = min(greater, total - greater)
        print("    // unit %d: %d of %d subsets give I >= observed; directed (folded) p -> %d / %d"
              % (unit, greater, total, folded, total))

    g = local_g_star(LATTICE_X, LATTICE_NB)
    print("// ---- Getis-Ord Gi* (tst_localmoran.cpp) ----")
    print("    // lattice5: spdep localG on include.self() binary weights, two-sided, numpy")
    for key in ["G", "EG", "VG", "Z", "P"]:
        print("    // %s" % key)
        print("    %s," % qlist(g[key]))


if __name__ == "__main__":
    main()
