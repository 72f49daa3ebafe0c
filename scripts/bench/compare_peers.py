#!/usr/bin/env python3
"""Side-by-side benchmark of GovNet against python-igraph and NetworKit on the same edge-list files.

One run: creates the local venv `.venv-bench` (git-ignored) with python-igraph and NetworKit from PyPI
(NetworKit is optional: if it does not install, it is left out and the table says so), writes the test
graphs as `source,target[,weight]` CSV files (ids: the integers 0…n−1, the same in every file: GovNet and igraph read them as names, NetworKit as node indices), then for every graph runs, each in its own
process under `/usr/bin/time` (peak RSS):
  * GovNet:    the release `govnet-bench --edges FILE --ops ... --dump OUT.json` (streaming loader),
  * igraph:    this script with `--worker igraph` (Graph.Read_Ncol on a space-separated copy),
  * NetworKit: this script with `--worker networkit` (EdgeListReader on a 0-based numeric copy),
all with one thread (GOVNET_THREADS=1, nk.setNumberOfThreads(1); igraph is single-threaded) unless
--threads N is given. It prints one Markdown table: seconds per operation, ratio GovNet/peer, peak memory
per process, and whether the results agree with igraph (max relative difference; 1e-9 required where
both compute the same definition: raw betweenness, closeness on connected undirected graphs, component
counts, articulation points, bridges, core numbers; PageRank is compared to 1e-9 as well with GovNet
iterated to tol 1e-15 (NetworkX semantics: L1 change < n·tol) against igraph's PRPACK solve).

Times: every worker reports the median wall-clock and the median process-CPU seconds of each operation
(loading included); the table shows CPU seconds with one thread (`--clock cpu`, the default: on a machine
shared with other jobs, wall time measures the neighbours as much as the code) and wall seconds with
more threads or `--clock wall`.

Usage:
  python3 scripts/bench/compare_peers.py [--graphs ba10k,dw10k,grid,ba100k,dw100k] [--work /tmp/govnet-peers-ids]
         [--threads 1] [--clock cpu|wall] [--no-networkit] [--repeats 3] [--ops betweenness,closeness,…]
Graphs: ba10k (Barabási–Albert n=10 000, m=5 → ~50k ties), dw10k (directed weighted G(n, m) 10k/50k,
weights in {0.5, 1, 2, 4} so that lengths 1/w add exactly), grid (300×300 lattice), ba100k
(n=100 000, m=10 → ~1M ties), dw100k (directed weighted G(n, m) 100k/500k). Exact betweenness and closeness
run only on graphs ≤ 50 000 nodes; the triad census (16 MAN counts, compared exactly with igraph's
`triad_census`) only on directed graphs.
"""
import argparse, json, os, random, re, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from graphs import PythonGenerator, barabasi_albert  # noqa: E402
VENV = os.path.join(ROOT, ".venv-bench")
# The pinned peer versions of scripts/bench/requirements.txt, by package name.
PINNED = {line.split("==")[0]: line.strip()
          for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "requirements.txt"))
          if "==" in line and not line.startswith("#")}
OPS = ["betweenness", "betweenness_sampled", "betweenness_epsilon", "closeness", "pagerank", "components",
       "articulation_points", "bridges", "kcores", "louvain", "leiden", "triad_census"]


# ---------- graph generation (deterministic) ----------
def directed_weighted(n, m, seed):
    rng = random.Random(seed)
    seen, edges = set(), []
    while len(edges) < m:
        u, v = rng.randrange(n), rng.randrange(n)
        if u != v and (u, v) not in seen:
            seen.add((u, v)); edges.append((u, v, rng.choice([0.5, 1.0, 2.0, 4.0])))
    return edges


def grid(side):
    edges = []
    for r in range(side):
        for c in range(side):
            v = r * side + c
            if c + 1 < side: edges.append((v, v + 1))
            if r + 1 < side: edges.append((v, v + side))
    return edges


GRAPHS = {
    "ba10k": dict(make=lambda: barabasi_albert(10_000, 5, PythonGenerator(42)), directed=False, n=10_000),
    "ba50k": dict(make=lambda: barabasi_albert(50_000, 5, PythonGenerator(42)), directed=False, n=50_000),
    "dw10k": dict(make=lambda: directed_weighted(10_000, 50_000, 7), directed=True, n=10_000),
    "grid": dict(make=lambda: grid(300), directed=False, n=90_000),
    "ba100k": dict(make=lambda: barabasi_albert(100_000, 10, PythonGenerator(42)), directed=False, n=100_000),
    "dw100k": dict(make=lambda: directed_weighted(100_000, 500_000, 7), directed=True, n=100_000),
}


def write_files(name, work):
    spec = GRAPHS[name]
    base = os.path.join(work, name)
    if not os.path.exists(base + ".csv"):
        edges = spec["make"]()
        weighted = len(edges[0]) == 3
        with open(base + ".csv", "w") as f, open(base + ".ncol", "w") as g, open(base + ".nk", "w") as h:
            f.write("source,target,weight\n" if weighted else "source,target\n")
            for e in edges:
                if weighted:
                    f.write(f"{e[0]},{e[1]},{e[2]}\n"); g.write(f"{e[0]} {e[1]} {e[2]}\n"); h.write(f"{e[0]} {e[1]} {e[2]}\n")
                else:
                    f.write(f"{e[0]},{e[1]}\n"); g.write(f"{e[0]} {e[1]}\n"); h.write(f"{e[0]} {e[1]}\n")
    with open(base + ".csv") as f:
        weighted = f.readline().strip().endswith("weight")
    return base, weighted


# ---------- workers ----------
def timed(fn, repeats):
    """Median wall and median process-CPU seconds of `repeats` calls, and the last result."""
    walls, cpus, out = [], [], None
    for _ in range(repeats):
        c = time.process_time(); t = time.perf_counter(); out = fn()
        walls.append(time.perf_counter() - t); cpus.append(time.process_time() - c)
    walls.sort(); cpus.sort()
    return (walls[len(walls) // 2], cpus[len(cpus) // 2]), out


def worker_igraph(base, directed, weighted, ops, repeats, dump):
    import igraph as ig
    t, g = timed(lambda: ig.Graph.Read_Ncol(base + ".ncol", names=True, weights=weighted, directed=directed), repeats)
    print(f"load\t{t[0]}\t{t[1]}", flush=True)
    w = g.es["weight"] if weighted else None
    lengths = [1.0 / x for x in w] if weighted else None
    res = {"ids": g.vs["name"]}
    for op in ops:
        r = 1 if op in ("betweenness", "closeness") else repeats
        if op == "betweenness":
            t, v = timed(lambda: g.betweenness(directed=directed, weights=lengths), r); res[op] = v
        elif op == "closeness":
            t, v = timed(lambda: g.closeness(mode="in" if directed else "all", weights=lengths), r)
            if not directed: res[op] = v
        elif op == "pagerank":
            t, v = timed(lambda: g.pagerank(directed=directed, weights=w, damping=0.85), r); res[op] = v
        elif op == "components":
            t, v = timed(lambda: len(g.connected_components(mode="strong" if directed else "weak")), r); res[op] = v
        elif op == "articulation_points":
            t, v = timed(lambda: sorted(g.articulation_points()), r); res[op] = [g.vs[i]["name"] for i in v]
        elif op == "bridges":
            t, v = timed(lambda: len(g.bridges()), r); res[op] = v
        elif op == "kcores":
            t, v = timed(lambda: g.coreness(mode="all"), r); res[op] = v
        elif op == "louvain":
            t, v = timed(lambda: g.community_multilevel(weights=w).modularity, r); res[op] = v
        elif op == "leiden":
            t, v = timed(lambda: g.modularity(g.community_leiden(objective_function="modularity", weights=w, n_iterations=-1), weights=w), r); res[op] = v
        elif op == "triad_census":
            t, v = timed(lambda: list(g.triad_census()), r); res[op] = v
        else:
            continue
        print(f"{op}\t{t[0]}\t{t[1]}", flush=True)
    with open(dump, "w") as f: json.dump(res, f)


def worker_networkit(base, directed, weighted, ops, repeats, dump, threads):
    import networkit as nk
    nk.setNumberOfThreads(threads)
    reader = nk.graphio.EdgeListReader(" ", 0, directed=directed, continuous=True)
    t, g = timed(lambda: reader.read(base + ".nk"), repeats)
    # Note: EdgeListReader reads only the first two columns: on weighted files NetworKit runs unweighted.
    print(f"load\t{t[0]}\t{t[1]}", flush=True)
    for op in ops:
        r = 1 if op in ("betweenness", "closeness") else repeats
        if op == "betweenness":
            fn = lambda: nk.centrality.Betweenness(g).run().scores()
        elif op == "betweenness_sampled":
            fn = lambda: nk.centrality.EstimateBetweenness(g, 256).run().scores()
        elif op == "betweenness_epsilon":
            fn = lambda: nk.centrality.ApproxBetweenness(g, epsilon=0.1, delta=0.1).run().scores()
        elif op == "closeness":
            fn = lambda: nk.centrality.Closeness(g, False, nk.centrality.ClosenessVariant.GENERALIZED).run().scores()
        elif op == "pagerank":
            fn = lambda: nk.centrality.PageRank(g, 0.85, 1e-15).run().scores()
        elif op == "components":
            fn = lambda: (nk.components.StronglyConnectedComponents(g) if directed else nk.components.ConnectedComponents(g)).run().numberOfComponents()
        elif op == "articulation_points" and not directed:
            fn = lambda: nk.components.BiconnectedComponents(g).run().numberOfComponents()
        elif op == "kcores":
            fn = lambda: nk.centrality.CoreDecomposition(g).run().scores()
        elif op == "louvain" and not directed:
            fn = lambda: nk.community.detectCommunities(g, algo=nk.community.PLM(g, True), inspect=False)
        elif op == "leiden" and not directed:
            fn = lambda: nk.community.detectCommunities(g, algo=nk.community.ParallelLeiden(g), inspect=False)
        else:
            continue
        try:
            t, _ = timed(fn, r)
        except RuntimeError as e:  # e.g. ApproxBetweenness refuses directed graphs
            sys.stderr.write(f"networkit {op}: {e}\n"); continue
        print(f"{op}\t{t[0]}\t{t[1]}", flush=True)
    with open(dump, "w") as f: json.dump({}, f)


# ---------- driver ----------
CLOCK = {"index": 2}  # 1: wall seconds, 2: process CPU seconds (set in main from --clock)


def run_measured(cmd, env=None):
    """Runs cmd under /usr/bin/time -v; returns ({op: seconds on the chosen clock}, peak MB)."""
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True, env=env)
    if p.returncode != 0:
        sys.stderr.write(f"failed: {' '.join(cmd)}\n{p.stderr[-2000:]}\n")
    times = {}
    for line in p.stdout.splitlines():
        parts = line.split("\t")
        if len(parts) == 3:
            try: times[parts[0]] = float(parts[CLOCK["index"]])
            except ValueError: pass
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    return times, (int(m.group(1)) / 1024 if m else float("nan"))


def ensure_venv(networkit):
    py = os.path.join(VENV, "bin", "python")
    if not os.path.exists(py):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    have = lambda mod: subprocess.run([py, "-c", f"import {mod}"], capture_output=True).returncode == 0
    if not have("igraph"):
        subprocess.run([py, "-m", "pip", "install", "-q", PINNED["igraph"]], check=True)
    nk_ok = False
    if networkit:
        if not have("networkit"):
            subprocess.run([py, "-m", "pip", "install", "-q", PINNED["networkit"]])
        nk_ok = have("networkit")
    return py, nk_ok


def rel(a, b):
    """|a − b| relative to max(|a|, |b|, 1e-3): ≤ 1e-9 exactly when the project's `approximatelyEqual`
    (1e-9 relative, 1e-12 absolute) holds."""
    return abs(a - b) / max(abs(a), abs(b), 1e-3)


def agreement(op, gv, iv, directed):
    """Max relative difference GovNet vs igraph for op, or None when not the same definition."""
    if op not in gv or op not in iv:
        return None
    a, b = gv[op], iv[op]
    if op in ("betweenness", "closeness", "pagerank", "kcores"):
        order = {name: i for i, name in enumerate(iv["ids"])}
        diff = 0.0
        for i, name in enumerate(gv["ids"]):
            x, y = a[i], b[order[name]]
            if x is None or y is None or (isinstance(y, float) and y != y):
                continue
            d = rel(float(x), float(y))
            diff = max(diff, d)
        return diff
    if op == "articulation_points":
        return 0.0 if sorted(gv["ids"][i] for i in a) == sorted(b) else 1.0
    if op in ("components", "bridges"):
        return 0.0 if int(a) == int(b) else 1.0
    if op == "triad_census":  # the 16 MAN counts, both in Holland & Leinhardt's order
        return 0.0 if [int(x) for x in a] == [int(x) for x in b] else 1.0
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--graphs", default="ba10k,ba50k,dw10k,grid,ba100k")
    ap.add_argument("--work", default="/tmp/govnet-peers-ids")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--no-networkit", action="store_true")
    ap.add_argument("--clock", choices=["cpu", "wall"], default=None,
                    help="cpu (default with --threads 1: process CPU seconds, robust on a shared machine) or wall")
    ap.add_argument("--bench", default=os.path.join(ROOT, ".build", "release", "govnet-bench"))
    ap.add_argument("--worker")
    ap.add_argument("--base"); ap.add_argument("--directed", action="store_true"); ap.add_argument("--weighted", action="store_true")
    ap.add_argument("--ops", default="", help="comma-separated subset of the operations (default: all)")
    ap.add_argument("--dump")
    a = ap.parse_args()
    if a.worker:
        ops = [o for o in a.ops.split(",") if o]
        if a.worker == "igraph":
            worker_igraph(a.base, a.directed, a.weighted, ops, a.repeats, a.dump)
        else:
            worker_networkit(a.base, a.directed, a.weighted, ops, a.repeats, a.dump, a.threads)
        return
    os.makedirs(a.work, exist_ok=True)
    py, nk_ok = ensure_venv(not a.no_networkit)
    if not os.path.exists(a.bench):
        subprocess.run(["swift", "build", "-c", "release", "--product", "govnet-bench"], cwd=ROOT, check=True)
    clock = a.clock or ("cpu" if a.threads == 1 else "wall")
    CLOCK["index"] = 2 if clock == "cpu" else 1
    env = dict(os.environ)
    if a.threads == 1: env["GOVNET_THREADS"] = "1"
    print(f"<!-- {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load average {os.getloadavg()}, threads {a.threads}, clock {clock}, "
          f"networkit {'yes' if nk_ok else 'not installed'} -->")
    print("| graph | operation | GovNet s | igraph s | GovNet/igraph | NetworKit s | GovNet/NetworKit | agrees with igraph (max rel. diff) |")
    print("|---|---|---:|---:|---:|---:|---:|---|")
    memory = []
    for name in a.graphs.split(","):
        base, weighted = write_files(name, a.work)
        spec = GRAPHS[name]
        directed = spec["directed"]
        chosen = [o for o in a.ops.split(",") if o] or OPS
        ops = [o for o in OPS if o in chosen and (spec["n"] <= 50_000 or o not in ("betweenness", "closeness"))]
        if directed: ops = [o for o in ops if o not in ("articulation_points", "bridges", "louvain", "leiden")]
        else: ops = [o for o in ops if o != "triad_census"]
        flags = (["--directed"] if directed else [])
        gdump, idump, ndump = base + ".govnet.json", base + ".igraph.json", base + ".nk.json"
        load_before = os.getloadavg()[0]
        gt, gm = run_measured([a.bench, "--edges", base + ".csv", "--ops", ",".join(ops), "--repeats", str(a.repeats), "--dump", gdump] + flags, env)
        wflags = flags + (["--weighted"] if weighted else [])
        it, im = run_measured([py, __file__, "--worker", "igraph", "--base", base, "--ops", ",".join(ops), "--repeats", str(a.repeats), "--dump", idump] + wflags)
        nt, nm = ({}, float("nan"))
        if nk_ok:
            nt, nm = run_measured([py, __file__, "--worker", "networkit", "--base", base, "--ops", ",".join(ops), "--repeats", str(a.repeats),
                                   "--threads", str(a.threads), "--dump", ndump] + wflags)
        gv = json.load(open(gdump)) if os.path.exists(gdump) else {}
        iv = json.load(open(idump)) if os.path.exists(idump) else {}
        fmt = lambda x: f"{x:.4f}" if x is not None else "–"
        ratio = lambda x, y: f"{x / y:.2f}" if x is not None and y else "–"
        for op in ["load"] + ops:
            g, i, n = gt.get(op), it.get(op), nt.get(op)
            ag = agreement(op, gv, iv, directed)
            agt = "–" if ag is None else (f"yes ({ag:.1e})" if ag <= 1e-9 else f"NO ({ag:.1e})")
            if op in ("louvain", "leiden") and op in gv and op in iv:
                agt = f"Q {float(gv[op]):.4f} vs {float(iv[op]):.4f}"
            print(f"| {name}{' (w)' if weighted else ''} | {op} | {fmt(g)} | {fmt(i)} | {ratio(g, i)} | {fmt(n)} | {ratio(g, n)} | {agt} |", flush=True)
        memory.append((name, gm, im, nm, load_before))
    print("\n| graph | GovNet peak MB | igraph peak MB | NetworKit peak MB | load avg (1 min) at start |")
    print("|---|---:|---:|---:|---:|")
    for name, gm, im, nm, la in memory:
        print(f"| {name} | {gm:.0f} | {im:.0f} | {nm:.0f} | {la:.1f} |")


if __name__ == "__main__":
    main()
