"""The benchmark graphs, generated exactly as GovNet generates them, for the peer scripts in this folder.

`SeededGenerator` is SplitMix64 with Lemire's bounded integers, bit-identical to
Sources/GovNet/Algorithms/Random/SeededGenerator.swift; `barabasi_albert` is a line-for-line port of
`RandomGraphs.barabasiAlbert(nodes:attach:using:)` (a star on m + 1 nodes, then each new node attaches to
m distinct degree-biased targets). With `SeededGenerator(42)` the peers see the edge list `govnet-bench`
builds; `fnv1a` and `checksum` are the two edge-list hashes the Swift side prints or tests.
"""
import random

MASK = (1 << 64) - 1


class SeededGenerator:
    """SplitMix64 exactly as GovNet's SeededGenerator."""

    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def next_int(self, bound):
        """Lemire's nearly-divisionless method, as `nextInt(below:)`."""
        m = self.next() * bound
        if (m & MASK) < bound:
            t = ((1 << 64) - bound) % bound
            while (m & MASK) < t:
                m = self.next() * bound
        return m >> 64


class PythonGenerator:
    """Python's Mersenne Twister behind the same `next_int` interface (the peer-comparison graphs)."""

    def __init__(self, seed):
        self.rng = random.Random(seed)

    def next_int(self, bound):
        return self.rng.randrange(bound)


def barabasi_albert(n, m, rng):
    """GovNet's RandomGraphs.barabasiAlbert with any generator that has `next_int(bound)`."""
    edges, repeated = [], []
    for v in range(1, m + 1):
        edges.append((0, v))
        repeated += [0, v]
    for v in range(m + 1, n):
        chosen = set()
        while len(chosen) < m:
            chosen.add(repeated[rng.next_int(len(repeated))])
        for t in sorted(chosen):
            edges.append((v, t))
            repeated += [t, v]
    return edges


def fnv1a(edges):
    """FNV-1a over the little-endian 32-bit endpoints (Tests/GovNetTests/Centrality/BenchmarkGraphTests.swift)."""
    h = 0xCBF29CE484222325
    for u, v in edges:
        for x in (u, v):
            for byte in x.to_bytes(4, "little"):
                h = ((h ^ byte) * 0x100000001B3) & MASK
    return h


def checksum(edges):
    """The polynomial edge-list checksum `govnet-bench --filter structure` prints."""
    s = 0
    for u, v in edges:
        s = (s * 1000003 + u * 65537 + v) & MASK
    return s
