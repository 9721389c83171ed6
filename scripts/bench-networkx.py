#!/usr/bin/env python3
"""networkx side of `npm run bench` (scripts/bench-engine.mjs): the engine's graphs, timed.

    python3 scripts/bench-networkx.py PROJECTION.json WORK.json

The same input as scripts/bench-igraph.py (see there); WORK.json's `networkxPivots` caps the
betweenness sources networkx runs (pure Python: about 0.1–1 s per source at these sizes), so its
betweenness is reported per pivot and scaled to the engine's pivot count. Prints one JSON object of
milliseconds per measure, graph building not timed:
  PageRank on I          nx.pagerank(I, alpha=0.85, weight='weight', tol=1e-12): scipy's sparse
                         iteration when scipy is installed, else networkx's pure-Python
                         _pagerank_python (the same iteration); `pagerank.impl` says which.
                         tol=1e-12 because the engine computes the converged value too.
  PageRank on T          the same on T, unweighted (when WORK.json asks)
  betweenness on G       networkx's Brandes steps (_single_source_shortest_path_basic,
                         _accumulate_basic) from the given pivots, as betweenness_centrality(k=…)
                         runs them
  Louvain on G           nx.community.louvain_communities(G, seed=1984)
  components of T        nx.connected_components on the bipartite initiative–actor graph (see
                         bench-igraph.py)
"""
import json
import statistics
import sys
import time
from itertools import combinations

import networkx as nx
from networkx.algorithms.centrality import betweenness as nxb


def timed(fn, repeats, warm_up=True):
    """Best and median ms of `repeats` runs (after an untimed one unless warm_up=False), and the last result."""
    if warm_up:
        fn()
    runs = []
    result = None
    for _ in range(repeats):
        started = time.perf_counter()
        result = fn()
        runs.append((time.perf_counter() - started) * 1000)
    return {"ms": min(runs), "medianMs": statistics.median(runs)}, result


def pagerank(graph, weight):
    options = dict(alpha=0.85, weight=weight, tol=1e-12, max_iter=10000)
    try:
        import scipy  # noqa: F401  (nx.pagerank needs it)

        return (lambda: nx.pagerank(graph, **options)), "nx.pagerank (scipy)"
    except ImportError:
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

        return (lambda: _pagerank_python(graph, **options)), "networkx _pagerank_python (no scipy)"


def graphs(p):
    actors = [a["id"] for a in p["actors"]]
    actor_set = set(actors)
    initiatives = [i["id"] for i in p["initiatives"]]
    initiative_set = set(initiatives)
    I = nx.DiGraph()
    I.add_nodes_from(actors)
    for e in p["influences"]:
        u, v = e["from"], e["to"]
        if u != v and u in actor_set and v in actor_set:
            w = I[u][v]["weight"] + e["weight"] if I.has_edge(u, v) else e["weight"]
            I.add_edge(u, v, weight=w)
    G = nx.Graph()
    G.add_nodes_from(actors)
    G.add_edges_from(I.edges())
    by_initiative, by_actor = {}, {}
    for e in p["involvements"]:
        a, i = e["actorId"], e["initiativeId"]
        if a in actor_set and i in initiative_set:
            by_initiative.setdefault(i, set()).add(a)
            by_actor.setdefault(a, set()).add(i)
    for members in by_initiative.values():
        G.add_edges_from(combinations(sorted(members), 2))
    B = nx.Graph()
    B.add_nodes_from(("i", i) for i in initiatives)
    B.add_nodes_from(("a", a) for a in actors)
    B.add_edges_from((("a", a), ("i", i)) for a, inis in by_actor.items() for i in inis)
    for e in p["amplifications"]:
        u, v = e["from"], e["to"]
        if u != v and u in initiative_set and v in initiative_set:
            B.add_edge(("i", u), ("i", v))
    return actors, initiatives, by_actor, I, G, B


def tie_graph(initiatives, by_actor, p):
    T = nx.Graph()
    T.add_nodes_from(initiatives)
    known = set(initiatives)
    T.add_edges_from(
        (e["from"], e["to"]) for e in p["amplifications"] if e["from"] != e["to"] and {e["from"], e["to"]} <= known
    )
    for inis in by_actor.values():
        T.add_edges_from(combinations(sorted(inis), 2))
    return T


def brandes_from(G, pivots):
    bc = dict.fromkeys(G, 0.0)
    for s in pivots:
        S, P, sigma, _ = nxb._single_source_shortest_path_basic(G, s)
        bc, _ = nxb._accumulate_basic(bc, S, P, sigma, s)
    return bc


def main(projection_file, work_file):
    with open(projection_file) as f:
        p = json.load(f)
    with open(work_file) as f:
        work = json.load(f)
    repeats = work.get("repeats", 5)
    ours = work.get("ours", {})
    actors, initiatives, by_actor, I, G, B = graphs(p)
    out = {"version": nx.__version__, "G_edges": G.number_of_edges()}

    run, impl = pagerank(I, "weight")
    t, pr = timed(run, repeats)
    mine = ours.get("pagerank", {})
    out["pagerank"] = {**t, "impl": impl, "maxDiff": max((abs(mine[k] - x) for k, x in pr.items() if k in mine), default=None)}

    if work.get("pagerankT"):
        T = tie_graph(initiatives, by_actor, p)
        run, impl = pagerank(T, None)
        t, pr = timed(run, 1, warm_up=False)
        mine = ours.get("pagerankT", {})
        out["pagerankT"] = {**t, "impl": impl, "maxDiff": max((abs(mine[k] - x) for k, x in pr.items() if k in mine), default=None)}

    pivots = work.get("pivots") or actors
    cap = work.get("networkxPivots") or len(pivots)
    run = pivots[:cap]
    started = time.perf_counter()
    brandes_from(G, run)
    ms = (time.perf_counter() - started) * 1000
    scaled = ms * len(pivots) / len(run)
    out["betweenness"] = {"ms": scaled, "medianMs": scaled, "measuredPivots": len(run), "pivots": len(pivots)}

    t, parts = timed(lambda: nx.community.louvain_communities(G, seed=1984), 1, warm_up=False)
    out["louvain"] = {**t, "modularity": nx.community.modularity(G, parts), "communities": len(parts)}

    t, comps = timed(lambda: list(nx.connected_components(B)), repeats)
    out["components"] = {**t, "count": sum(1 for c in comps if any(kind == "i" for kind, _ in c))}
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
