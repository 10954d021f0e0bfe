#!/usr/bin/env python3
"""Independent reference for tst_cli: Moran's I of 2022 population density over China's
mainland provinces with queen contiguity, Hainan excluded (it has no neighbour).

Reads the neighbour lists from a GeoDa GAL file and population/area from the bundled
statistics table, and computes I, E[I] and the variance under randomisation with the
formulas of R spdep's moran.test (Cliff & Ord 1981), row-standardised weights.
Standard library only. Usage: moran_provinces.py WEIGHTS.gal datasets/china_province_stats.csv
With a third argument, datasets/nbs_enterprise_legal_units_by_province.csv, the variable is
enterprise legal-person units per 10,000 residents in 2022 (enterprises / pop_2022) instead.
"""
import csv
import math
import sys

gal_path, stats_path = sys.argv[1], sys.argv[2]
with open(stats_path, encoding="utf-8") as f:
    stats = list(csv.DictReader(f))
density = {row["code"]: int(row["pop_2022"]) * 10000 / float(row["area_km2"]) for row in stats}
if len(sys.argv) > 3:
    with open(sys.argv[3], encoding="utf-8") as f:
        enterprises = {row["code"]: int(row["enterprises"]) for row in csv.DictReader(f) if row["year"] == "2022"}
    density = {row["code"]: enterprises[row["code"]] / int(row["pop_2022"]) for row in stats}

lines = [l.split() for l in open(gal_path, encoding="utf-8").read().splitlines() if l.strip()]
n = int(lines[0][1]) if len(lines[0]) > 1 else int(lines[0][0])
neighbours = {}
i = 1
while i < len(lines):
    unit, k = lines[i][0], int(lines[i][1])
    neighbours[unit] = lines[i + 1] if k else []
    i += 2 if k else 1
assert len(neighbours) == n
# Keep the units with statistics, then drop those left without a neighbour (Hainan): the
# isolate policy "exclude".
units = [u for u in neighbours if u in density]
neighbours = {u: [v for v in neighbours[u] if v in density] for u in units}
units = [u for u in units if neighbours[u]]
neighbours = {u: [v for v in neighbours[u] if v in units] for u in units}
n = len(units)
x = [density[u] for u in units]
mean = sum(x) / n
z = [v - mean for v in x]
index = {u: j for j, u in enumerate(units)}
W = [[0.0] * n for _ in range(n)]
for u, nb in neighbours.items():
    for v in nb:
        W[index[u]][index[v]] = 1.0 / len(nb)
S0 = sum(map(sum, W))
S1 = 0.5 * sum((W[a][b] + W[b][a]) ** 2 for a in range(n) for b in range(n))
S2 = sum((sum(W[a]) + sum(W[b][a] for b in range(n))) ** 2 for a in range(n))
m2 = sum(v * v for v in z)
I = n / S0 * sum(W[a][b] * z[a] * z[b] for a in range(n) for b in range(n)) / m2
EI = -1.0 / (n - 1)
b2 = n * sum(v ** 4 for v in z) / m2 ** 2
var_rand = (n * ((n * n - 3 * n + 3) * S1 - n * S2 + 3 * S0 ** 2)
            - b2 * ((n * n - n) * S1 - 2 * n * S2 + 6 * S0 ** 2)) / ((n - 1) * (n - 2) * (n - 3) * S0 ** 2) - EI ** 2
print(f"n={n} I={I!r} EI={EI!r} var_rand={var_rand!r} z_rand={(I - EI) / math.sqrt(var_rand)!r}")
