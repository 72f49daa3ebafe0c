#!/usr/bin/env python3
"""Side-by-side timing of GovNet's centralities and python-igraph's on the same graph, in one run.

Usage (from the repository root):
    swift build -c release --product govnet-bench
    python3 scripts/bench/centrality_vs_igraph.py [--sizes 10000] [--repeats 3] [--ops pagerank,closeness]

The graph is GovNet's benchmark graph: Barabasi-Albert, m = 5, SeededGenerator(seed: 42), generated
here by a line-for-line port of Sources/GovNet/Algorithms/Random/{SeededGenerator,RandomGraphs}.swift
(its FNV-1a edge hash is checked against the value asserted in
Tests/GovNetTests/Centrality/BenchmarkGraphTests.swift), so both libraries see the identical edge list.
GovNet runs `govnet-bench` (2 worker threads via DispatchQueue.concurrentPerform); igraph runs its
C core single-threaded (it has no parallel betweenness). Repeats alternate GovNet, igraph, GovNet,
igraph, … so that load from other processes on a shared machine falls on both alike; the table
gives the median wall time of each side and, as a load-independent check, the median CPU time
(user + system; GovNet's includes generating the graph, a few milliseconds).
"""
import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from graphs import SeededGenerator, barabasi_albert, fnv1a  # noqa: E402


def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


def govnet_run(binary, n, operation):
    """(wall seconds of the operation as govnet-bench reports it, CPU seconds of the whole process)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run([str(binary), "--sizes", str(n), "--filter", operation, "--repeats", "1"],
                         check=True, capture_output=True, text=True).stdout
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    for line in out.splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 4 and cells[2] == operation:
            return float(cells[3]), cpu
    raise RuntimeError(f"no row for {operation!r} in:\n{out}")


def igraph_run(run):
    before = resource.getrusage(resource.RUSAGE_SELF)
    t0 = time.perf_counter()
    run()
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_SELF)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--ops", default="", help="comma-separated subset of the operations (default: all)")
    ap.add_argument("--binary", default=str(REPO / ".build" / "release" / "govnet-bench"))
    args = ap.parse_args()
    import igraph as ig

    print(f"python-igraph {ig.__version__}, {sys.version.split()[0]}")
    print("| graph | operation | GovNet wall s | igraph wall s | wall ratio | GovNet CPU s | igraph CPU s | CPU ratio |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for n in [int(s) for s in args.sizes.split(",")]:
        edges = barabasi_albert(n, 5, SeededGenerator(42))
        name = f"BA n={n} m={len(edges)} (hash {fnv1a(edges):016x})"
        g = ig.Graph(n=n, edges=edges, directed=False)
        ops = {
            # igraph's betweenness/closeness are the same definitions; PageRank: PRPACK, same fixed point.
            "exact betweenness": lambda: g.betweenness(directed=False),
            "closeness": lambda: g.closeness(),
            "harmonic": lambda: g.harmonic_centrality(),
            "pagerank": lambda: g.pagerank(damping=0.85),
            "exact edge betweenness": lambda: g.edge_betweenness(directed=False),
        }
        wanted = [o for o in args.ops.split(",") if o] or list(ops)
        for op, run in ops.items():
            if op not in wanted:
                continue
            gov, ig_ = [], []
            for _ in range(args.repeats):
                gov.append(govnet_run(args.binary, n, op))
                ig_.append(igraph_run(run))
            gw, gc = median([w for w, _ in gov]), median([c for _, c in gov])
            iw, ic = median([w for w, _ in ig_]), median([c for _, c in ig_])
            print(f"| {name} | {op} | {gw:.3f} | {iw:.3f} | {gw / iw:.2f} | {gc:.3f} | {ic:.3f} | {gc / ic:.2f} |",
                  flush=True)


if __name__ == "__main__":
    main()
