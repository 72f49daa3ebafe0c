#!/usr/bin/env python3
"""Side-by-side timing of GovNet's structural algorithms and python-igraph on the same graphs.

The Barabási–Albert graphs are generated here with a port of GovNet's own generator
(SplitMix64 `SeededGenerator(seed: 42)` + `RandomGraphs.barabasiAlbert`, Sources/GovNet/Algorithms/Random/),
so igraph sees exactly the edge list the Swift benchmark `govnet-bench` builds. The edge-list checksum
printed per graph equals the one the same formula gives on the Swift side (checked for BA 10k/50k:
2bfa6c95d6907eb7). igraph is timed in this process (median of --repeats runs, single thread); with
--swift the script also runs `swift run -c release govnet-bench --filter structure` and prints the ratio
GovNet / igraph per operation.

Usage:
  python3 scripts/bench/structure_igraph.py [--graphs 10000:5,100000:5,100000:10] [--repeats 5] [--swift]
Needs python-igraph (`pip install -r scripts/bench/requirements.txt`; the test venv `.venv-test/` has it too).
"""
import argparse, os, re, statistics, subprocess, sys, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from graphs import SeededGenerator, barabasi_albert, checksum  # noqa: E402


def median_time(fn, repeats):
    samples = []
    for _ in range(repeats):
        t = time.perf_counter(); fn(); samples.append(time.perf_counter() - t)
    return statistics.median(samples)


def igraph_times(n, attach, repeats):
    import igraph as ig
    edges = barabasi_albert(n, attach, SeededGenerator(42))
    g = ig.Graph(n=n, edges=edges, directed=False)
    g.simplify()
    name = f"BA n={n} m={g.ecount()}"
    ops = {
        "weak components": lambda: g.connected_components(mode="weak"),
        "strong components": lambda: g.connected_components(mode="strong"),
        "articulation points": lambda: g.articulation_points(),
        "bridges": lambda: g.bridges(),
        "core number": lambda: g.coreness(mode="all"),
        "biconnected components": lambda: g.biconnected_components(),
        "local clustering": lambda: g.transitivity_local_undirected(mode="zero"),
        "transitivity": lambda: g.transitivity_undirected(),
    }
    return name, checksum(edges), {op: median_time(fn, repeats) for op, fn in ops.items()}


def swift_times(sizes, attach, repeats):
    """Runs govnet-bench on BA graphs of the given sizes. GOVNET_BENCH_ATTACH selects the attachment
    count where the harness supports it; rows are matched by graph name (n and m), so a harness that
    ignores it just leaves those cells empty."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    cmd = ["swift", "run", "-c", "release", "govnet-bench", "--filter", "structure",
           "--sizes", ",".join(str(s) for s in sizes), "--repeats", str(repeats)]
    env = dict(os.environ, GOVNET_BENCH_ATTACH=str(attach))
    out = subprocess.run(cmd, cwd=root, capture_output=True, text=True, check=True, env=env).stdout
    result = {}
    for line in out.splitlines():
        m = re.match(r"\| (BA n=\d+ m=\d+) \| structure \| ([^|]+) \| ([0-9.na]+) \|", line)
        if m:
            result[(m.group(1), m.group(2).strip())] = float(m.group(3))
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--graphs", default="10000:5,100000:5,100000:10", help="n:attach,… Barabási–Albert graphs")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--swift", action="store_true", help="also run govnet-bench on the same graphs and print ratios")
    args = ap.parse_args()
    import igraph as ig
    print(f"python-igraph {ig.__version__}, repeats {args.repeats} (median), single thread")
    graphs = [tuple(int(x) for x in spec.split(":")) for spec in args.graphs.split(",")]
    swift = {}
    if args.swift:
        for attach in sorted({a for _, a in graphs}):
            swift.update(swift_times(sorted({n for n, a in graphs if a == attach}), attach, args.repeats))
    print("| graph | operation | igraph s | GovNet s | GovNet/igraph |")
    print("|---|---|---:|---:|---:|")
    for n, attach in graphs:
        name, digest, times = igraph_times(n, attach, args.repeats)
        print(f"<!-- {name}: edge-list checksum {digest:016x} -->")
        for op, t in times.items():
            s = swift.get((name, op))
            ratio = f"{s / t:.2f}" if s is not None and t > 0 else ""
            print(f"| {name} | {op} | {t:.4f} | {'' if s is None else f'{s:.4f}'} | {ratio} |")


if __name__ == "__main__":
    sys.exit(main())
