#!/usr/bin/env python3
"""Independent oracle for `govnet compare`: alignment, tie diff counts and observed QAP correlations.

Run from anywhere:  python3 scripts/oracle/qap.py
Writes Tests/GovNetTests/Fixtures/comparison/qap-oracle.json (read by Tests/GovNetTests/Comparison/QAPTests.swift)
and mrqap-oracle.json (MRQAPTests.swift), compared there to 1e-9.

For each before/after pair with its mapping CSV it re-implements the documented alignment from
scratch (PyYAML + numpy, no GovNet code): every before department maps to the ids the mapping lists
(or to itself when the after network has the same id and the mapping does not name it; to itself,
as a removed department, otherwise); a tie u->v of mechanism m becomes u'->v' for every successor pair
(u' != v'); undirected ties (the tie's `directed`, else the mechanism's default: `operation` and any
mechanism declared `directed: false` are undirected) are unordered. The QAP node set is the after
departments followed by the removed before departments. The observed statistic is the Pearson
correlation (numpy.corrcoef) of the n(n-1) off-diagonal cells, as sna::gcor; binary = presence,
weighted = summed weights; `all` = union (binary) or sum (weighted) over the mechanisms used by either
network. Membership ties (department -> coordinating body, two-mode data) are counted in the tie diff but
left out of the QAP matrices, as govnet compare does.
"""
import csv
import json
import os

import numpy as np
import yaml

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FIX = os.path.join(ROOT, "Tests", "GovNetTests", "Fixtures", "comparison")

PAIRS = [
    ("small", os.path.join(FIX, "small-before.yaml"), os.path.join(FIX, "small-after.yaml"), os.path.join(FIX, "small-mapping.csv")),
    ("hubei", os.path.join(ROOT, "networks", "hubei-city-pre-reform.yaml"), os.path.join(ROOT, "networks", "hubei-city-post-reform.yaml"),
     os.path.join(ROOT, "networks", "hubei-city-reform-mapping.csv")),
]

STANDARD_UNDIRECTED = {"operation"}


def load(path):
    with open(path, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    declared = {m["id"]: m.get("directed", True) for m in doc.get("mechanisms", []) or []}

    def directed(t):
        if "directed" in t:
            return bool(t["directed"])
        m = t["mechanism"]
        if m in declared:
            return bool(declared[m])
        return m not in STANDARD_UNDIRECTED

    deps = [str(d["id"]) for d in doc["departments"]]
    ties = [(str(t["from"]), str(t["to"]), str(t["mechanism"]), float(t.get("weight", 1)), directed(t)) for t in doc.get("ties", [])]
    return deps, ties


def tie_table(ties, succ):
    table = {}
    for u, v, m, w, d in ties:
        for a in succ(u):
            for b in succ(v):
                if a == b:
                    continue
                key = (a, b, m, d) if d or a < b else (b, a, m, d)
                table[key] = table.get(key, 0.0) + w
    return table


def mrqap():
    """OLS of the post-reform Hubei information matrix on command, operation and supervision (binary and
    weighted): coefficients, standard errors, t-values and R^2 by numpy.linalg.lstsq, the fit MRQAP tests."""
    deps, ties = load(os.path.join(ROOT, "networks", "hubei-city-post-reform.yaml"))
    table = tie_table(ties, lambda x: [x])
    n = len(deps)
    index = {d: i for i, d in enumerate(deps)}
    off = ~np.eye(n, dtype=bool)

    def matrix(m, weighted):
        a = np.zeros((n, n))
        for (u, v, mech, d), w in table.items():
            if mech != m:
                continue
            for (i, j) in ([(u, v)] if d else [(u, v), (v, u)]):
                a[index[i], index[j]] += w if weighted else 0
                if not weighted:
                    a[index[i], index[j]] = 1.0
        return a[off]

    result = {}
    for kind, weighted in (("binary", False), ("weighted", True)):
        y = matrix("information", weighted)
        names = ["command", "operation", "supervision"]
        x = np.column_stack([np.ones(len(y))] + [matrix(m, weighted) for m in names])
        beta, _, _, _ = np.linalg.lstsq(x, y, rcond=None)
        resid = y - x @ beta
        dof = len(y) - x.shape[1]
        sigma2 = float(resid @ resid) / dof
        cov = sigma2 * np.linalg.inv(x.T @ x)
        se = np.sqrt(np.diag(cov))
        r2 = 1 - float(resid @ resid) / float(((y - y.mean()) ** 2).sum())
        result[kind] = {"coefficients": [float(b) for b in beta], "std_errors": [float(e) for e in se],
                        "t": [float(b / e) for b, e in zip(beta, se)], "r_squared": r2, "observations": int(len(y))}
    return result


def main():
    out = {}
    for name, before_path, after_path, mapping_path in PAIRS:
        bdeps, bties = load(before_path)
        adeps, aties = load(after_path)
        named = {}
        with open(mapping_path, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                named.setdefault(row["from"].strip(), []).append(row["to"].strip())
        aset = set(adeps)

        def succ_before(x):
            if x in named:
                return named[x]
            return [x]  # same id in after, or a removed department kept under its own id

        removed = [d for d in bdeps if d not in named and d not in aset]
        nodes = adeps + removed
        index = {d: i for i, d in enumerate(nodes)}
        before = tie_table(bties, succ_before)
        after = tie_table(aties, lambda x: [x])
        mechanisms = sorted({k[2] for k in before} | {k[2] for k in after})
        n = len(nodes)
        off = ~np.eye(n, dtype=bool)

        def matrix(table, ms, weighted):
            a = np.zeros((n, n))
            for (u, v, m, d), w in table.items():
                if m not in ms:
                    continue
                val = w if weighted else 1.0
                for (i, j) in ([(u, v)] if d else [(u, v), (v, u)]):
                    if weighted:
                        a[index[i], index[j]] += val
                    else:
                        a[index[i], index[j]] = 1.0
            return a

        result = {"nodes": n, "binary": {}, "weighted": {}, "ties": {}}
        # Membership (department -> coordinating body) is two-mode data: out of the QAP matrices,
        # in the tie counts.
        one_mode = [m for m in mechanisms if m != "membership"]
        for scope, ms in [(m, {m}) for m in one_mode] + [("all", set(one_mode))]:
            for kind, weighted in (("binary", False), ("weighted", True)):
                x, y = matrix(before, ms, weighted)[off], matrix(after, ms, weighted)[off]
                result[kind][scope] = float(np.corrcoef(x, y)[0, 1])
        for scope, ms in [(m, {m}) for m in mechanisms] + [("all", set(mechanisms))]:
            bk = {k for k in before if k[2] in ms}
            ak = {k for k in after if k[2] in ms}
            result["ties"][scope] = {
                "before": len(bk), "after": len(ak), "added": len(ak - bk), "removed": len(bk - ak),
                "reweighted": sum(1 for k in ak & bk if abs(before[k] - after[k]) > 1e-12),
                "jaccard": len(ak & bk) / len(ak | bk) if ak | bk else None,
            }
        out[name] = result
    path = os.path.join(FIX, "qap-oracle.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote", os.path.relpath(path, ROOT))
    path = os.path.join(FIX, "mrqap-oracle.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(mrqap(), f, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote", os.path.relpath(path, ROOT))


if __name__ == "__main__":
    main()
