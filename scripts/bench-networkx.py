#!/usr/bin/env python3
"""networkx side of `npm run bench`: the same graphs as the Atlas engine, timed.

    python3 scripts/bench-networkx.py PROJECTION.json [BETWEENNESS_PIVOTS]

Reads a NetworkProjection JSON (initiatives, actors, amplifications, involvements, influences)
and prints one JSON object of seconds: PageRank on I, betweenness on G (exact, or with k pivots
when the engine sampled k), Louvain on G. Without scipy, networkx's own pure-Python PageRank
(the same iteration) is used.
"""
import itertools
import json
import sys
import time

import networkx as nx


def main(path):
    p = json.load(open(path))
    # I: directed, weighted influences, every actor a node
    I = nx.DiGraph()
    I.add_nodes_from(a["id"] for a in p["actors"])
    for e in p["influences"]:
        I.add_edge(e["from"], e["to"], weight=e["weight"])
    # G: undirected, influences either way plus co-involvement
    G = nx.Graph()
    G.add_nodes_from(a["id"] for a in p["actors"])
    for e in p["influences"]:
        if e["from"] != e["to"]:
            G.add_edge(e["from"], e["to"])
    by_initiative = {}
    for e in p["involvements"]:
        by_initiative.setdefault(e["initiativeId"], []).append(e["actorId"])
    for actors in by_initiative.values():
        for u, v in itertools.combinations(sorted(set(actors)), 2):
            G.add_edge(u, v)
    # T: undirected initiatives, amplifications plus shared actors
    T = nx.Graph()
    T.add_nodes_from(i["id"] for i in p["initiatives"])
    for e in p["amplifications"]:
        if e["from"] != e["to"]:
            T.add_edge(e["from"], e["to"])
    by_actor = {}
    for e in p["involvements"]:
        by_actor.setdefault(e["actorId"], []).append(e["initiativeId"])
    for inis in by_actor.values():
        for u, v in itertools.combinations(sorted(set(inis)), 2):
            T.add_edge(u, v)

    out = {"actors": I.number_of_nodes(), "G_edges": G.number_of_edges(), "T_edges": T.number_of_edges()}
    t = time.perf_counter()
    try:
        nx.pagerank(I, alpha=0.85, weight="weight")
        out["pagerankImpl"] = "nx.pagerank"
    except ImportError:
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

        _pagerank_python(I, alpha=0.85, weight="weight")
        out["pagerankImpl"] = "networkx _pagerank_python (no scipy)"
    out["pagerank"] = time.perf_counter() - t
    k = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2] != "exact" else None
    t = time.perf_counter()
    nx.betweenness_centrality(G, normalized=True, k=k, seed=1984 if k else None)
    out["betweenness"] = time.perf_counter() - t
    out["betweennessPivots"] = k
    t = time.perf_counter()
    nx.community.louvain_communities(G, seed=1984)
    out["louvain"] = time.perf_counter() - t
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1])
