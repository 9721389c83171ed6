#!/usr/bin/env python3
"""python-igraph side of `npm run bench` (scripts/bench-engine.mjs): the engine's graphs, timed.

    python3 scripts/bench-igraph.py PROJECTION.json WORK.json

PROJECTION.json: a NetworkProjection. WORK.json, written by scripts/bench-engine.mjs:
  pivots        betweenness sources (actor ids), or null for exact betweenness
  repeats       runs of the fast measures (median reported, after one untimed warm-up)
  pagerankT     also PageRank on T (T built pairwise: small networks only)
  ours          the engine's PageRank on I (and on T) and exact betweenness by id, to report the
                largest difference

Prints one JSON object: milliseconds per measure, the best and the median of the runs (graph
building is not timed, as on the engine's side) and what each computed (components, modularity, the PageRank difference):
  PageRank on I          Graph.pagerank(damping=0.85, weights, implementation='prpack')
  PageRank on T          the same, undirected, unweighted
  betweenness on G       Graph.betweenness(directed=False): exact, or sources=pivots (igraph's
                         subset betweenness: the same sum over the same sources as the engine's
                         sampled Brandes; the k-rescaling is the same constant and not timed)
  Louvain on G           Graph.community_multilevel() (resolution 1)
  components of T        Graph.connected_components() on the bipartite graph of initiatives and
                         actors (an edge per involvement and per amplification): the same
                         components for initiatives as T, without T's 25.7M edges at 100k, and
                         what the engine's union-find computes on
"""
import json
import statistics
import sys
import time
from itertools import combinations

try:
    import igraph
except ModuleNotFoundError:
    print(json.dumps({"error": "python-igraph is not installed: pip install python-igraph"}))
    sys.exit(0)


def timed(fn, repeats, warm_up=True):
    """Best and median ms of `repeats` runs (after an untimed one), and the last result."""
    if warm_up:
        fn()
    runs = []
    result = None
    for _ in range(repeats):
        started = time.perf_counter()
        result = fn()
        runs.append((time.perf_counter() - started) * 1000)
    return {"ms": min(runs), "medianMs": statistics.median(runs)}, result


def graphs(p):
    actors = [a["id"] for a in p["actors"]]
    initiatives = [i["id"] for i in p["initiatives"]]
    a_index = {a: k for k, a in enumerate(actors)}
    i_index = {x: k for k, x in enumerate(initiatives)}
    weight = {}
    for e in p["influences"]:
        u, v = a_index.get(e["from"]), a_index.get(e["to"])
        if u is not None and v is not None and u != v:
            weight[(u, v)] = weight.get((u, v), 0.0) + e["weight"]
    I = igraph.Graph(n=len(actors), edges=list(weight), directed=True)
    I.es["weight"] = list(weight.values())
    pairs = {(min(u, v), max(u, v)) for u, v in weight}
    by_initiative, by_actor = {}, {}
    for e in p["involvements"]:
        a, i = a_index.get(e["actorId"]), i_index.get(e["initiativeId"])
        if a is not None and i is not None:
            by_initiative.setdefault(i, set()).add(a)
            by_actor.setdefault(a, set()).add(i)
    for members in by_initiative.values():
        pairs.update(combinations(sorted(members), 2))
    G = igraph.Graph(n=len(actors), edges=sorted(pairs))
    n = len(initiatives)
    bipartite = [(i, n + a) for a, inis in by_actor.items() for i in inis]
    for e in p["amplifications"]:
        u, v = i_index.get(e["from"]), i_index.get(e["to"])
        if u is not None and v is not None and u != v:
            bipartite.append((u, v))
    B = igraph.Graph(n=n + len(actors), edges=bipartite)
    return actors, initiatives, a_index, by_actor, I, G, B


def tie_graph(n, by_actor, p, i_index):
    pairs = set()
    for e in p["amplifications"]:
        u, v = i_index.get(e["from"]), i_index.get(e["to"])
        if u is not None and v is not None and u != v:
            pairs.add((min(u, v), max(u, v)))
    for inis in by_actor.values():
        pairs.update(combinations(sorted(inis), 2))
    return igraph.Graph(n=n, edges=sorted(pairs))


def largest_difference(ids, theirs, ours):
    return max((abs(ours[k] - x) for k, x in zip(ids, theirs) if k in ours), default=None)


def main(projection_file, work_file):
    with open(projection_file) as f:
        p = json.load(f)
    with open(work_file) as f:
        work = json.load(f)
    repeats = work.get("repeats", 5)
    ours = work.get("ours", {})
    actors, initiatives, a_index, by_actor, I, G, B = graphs(p)
    out = {"version": igraph.__version__, "G_edges": G.ecount(), "I_edges": I.ecount()}

    t, pr = timed(lambda: I.pagerank(damping=0.85, weights="weight", directed=True, implementation="prpack"), repeats)
    out["pagerank"] = {**t, "maxDiff": largest_difference(actors, pr, ours.get("pagerank", {}))}

    if work.get("pagerankT"):
        T = tie_graph(len(initiatives), by_actor, p, {x: k for k, x in enumerate(initiatives)})
        t, pr = timed(lambda: T.pagerank(damping=0.85, directed=False, implementation="prpack"), repeats)
        out["pagerankT"] = {
            **t,
            "edges": T.ecount(),
            "maxDiff": largest_difference(initiatives, pr, ours.get("pagerankT", {})),
        }

    pivots = work.get("pivots")
    sources = None if pivots is None else [a_index[a] for a in pivots]
    t, bc = timed(lambda: G.betweenness(directed=False, sources=sources), work.get("betweennessRuns", 1), warm_up=False)
    out["betweenness"] = {**t, "pivots": len(actors) if sources is None else len(sources)}
    n = len(actors)
    if sources is None and n > 2 and "betweenness" in ours:
        # exact: igraph counts each unordered pair once; networkx's normalisation is 2/((n-1)(n-2))
        scale = 2 / ((n - 1) * (n - 2))
        out["betweenness"]["maxDiff"] = largest_difference(actors, [x * scale for x in bc], ours["betweenness"])

    t, parts = timed(lambda: G.community_multilevel(), repeats)
    out["louvain"] = {**t, "modularity": parts.modularity, "communities": len(parts)}

    t, comps = timed(lambda: B.connected_components(), repeats)
    membership = comps.membership
    out["components"] = {**t, "count": len({membership[i] for i in range(len(initiatives))})}
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
