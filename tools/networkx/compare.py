#!/usr/bin/env python3
"""Check the analytics engine's answers against networkx.

    python3 tools/networkx/compare.py PROJECTION.json ANSWERS.json [--max-report N]

PROJECTION.json: a NetworkProjection (server/src/modules/analytics/engine/projection.ts).
ANSWERS.json: what tools/networkx/answers.mjs writes (or the integration tests). Checks
(tolerance 1e-6); prints every mismatch (up to --max-report per check) and exits 1 on any:

  PageRank on I      nx.pagerank(I, alpha=0.85, weight='weight', tol=1e-12): the converged
                     value, as the contract says (networkx's default tol=1e-6 stops up to 9%
                     short); networkx's pure-Python _pagerank_python, the same iteration, when
                     scipy is missing. The line says which ran.
  PageRank on T      the same on T, unweighted (answers key "initiativePagerank")
                     A key listed in the answers' "partial" (e.g. ["initiativePagerank"], when
                     the API returned only the top of a ranking) is checked on the ids it has.
  degree on G        G.degree
  betweenness on G   nx.betweenness_centrality(G, normalized=True); when our answer was sampled,
                     networkx's own Brandes steps from OUR pivots and its k-rescaling
  closeness on G     nx.closeness_centrality(G, wf_improved=True); when sampled, pivots only
  T                  number of connected components, the isolates, the partition itself
  cascades           per root: size, depth, maxBreadth, generations, structural virality
                     (mean shortest-path length of the undirected graph induced on the cascade
                     by the amplification edges; 0 for a single node)
"""
import argparse
import json
import sys
from collections import defaultdict

import networkx as nx
from networkx.algorithms.centrality import betweenness as nxb


def build(p):
    ini = [i["id"] for i in p["initiatives"]]
    act = [a["id"] for a in p["actors"]]
    ini_set, act_set = set(ini), set(act)

    I = nx.DiGraph()
    I.add_nodes_from(act)
    for e in p["influences"]:
        u, v = e["from"], e["to"]
        if u == v or u not in act_set or v not in act_set:
            continue
        w = I[u][v]["weight"] + e["weight"] if I.has_edge(u, v) else e["weight"]
        I.add_edge(u, v, weight=w)  # repeated pairs summed, as the engine does

    by_ini = defaultdict(set)
    by_act = defaultdict(set)
    for e in p["involvements"]:
        if e["actorId"] in act_set and e["initiativeId"] in ini_set:
            by_ini[e["initiativeId"]].add(e["actorId"])
            by_act[e["actorId"]].add(e["initiativeId"])

    G = nx.Graph()
    G.add_nodes_from(act)
    G.add_edges_from((u, v) for u, v in I.edges())
    for actors in by_ini.values():
        a = sorted(actors)
        G.add_edges_from((a[x], a[y]) for x in range(len(a)) for y in range(x + 1, len(a)))

    T = nx.Graph()
    T.add_nodes_from(ini)
    A = nx.MultiDiGraph()
    A.add_nodes_from(ini)
    for e in p["amplifications"]:
        u, v = e["from"], e["to"]
        if u not in ini_set or v not in ini_set:
            continue
        A.add_edge(u, v, mode=e["mode"])
        if u != v:
            T.add_edge(u, v)
    for inis in by_act.values():
        s = sorted(inis)
        T.add_edges_from((s[x], s[y]) for x in range(len(s)) for y in range(x + 1, len(s)))
    return I, G, T, A


PAGERANK_TOL = 1e-12


def pagerank(graph, weight="weight"):
    """Converged PageRank (tol=1e-12 and iterations enough for it) and which implementation ran."""
    options = dict(alpha=0.85, weight=weight, tol=PAGERANK_TOL, max_iter=10000)
    try:
        return nx.pagerank(graph, **options), "nx.pagerank (scipy)"
    except ImportError:
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

        return _pagerank_python(graph, **options), "networkx _pagerank_python (no scipy)"


def betweenness_from_pivots(G, pivots):
    bc = dict.fromkeys(G, 0.0)
    for s in pivots:
        S, P, sigma, _ = nxb._single_source_shortest_path_basic(G, s)
        bc, _ = nxb._accumulate_basic(bc, S, P, sigma, s)
    return nxb._rescale(bc, len(G), normalized=True, directed=False, endpoints=False, sampled_nodes=pivots)


def cascade(A, root):
    gen = nx.single_source_shortest_path_length(A, root)
    nodes = list(gen)
    counts = defaultdict(int)
    for d in gen.values():
        counts[d] += 1
    depth = max(gen.values())
    generations = [counts[d] for d in range(depth + 1)]
    und = nx.Graph(A.subgraph(nodes).to_undirected())
    und.remove_edges_from(nx.selfloop_edges(und))
    sv = nx.average_shortest_path_length(und) if len(nodes) > 1 else 0.0
    return {
        "size": len(nodes),
        "depth": depth,
        "maxBreadth": max(generations),
        "generations": generations,
        "structuralVirality": sv,
    }


class Report:
    def __init__(self, max_report):
        self.max_report = max_report
        self.failed = False

    def compare(self, name, ours, theirs, tol, partial=False):
        keys = set(ours) if partial else set(ours) | set(theirs)
        if partial:
            name += f", the {len(ours)} ids answered"
        bad = []
        worst = 0.0
        for k in sorted(keys):
            a, b = ours.get(k), theirs.get(k)
            if a is None or b is None:
                bad.append(f"  {k}: ours={a} networkx={b}")
                continue
            diff = abs(a - b)
            worst = max(worst, diff)
            if diff > tol:
                bad.append(f"  {k}: ours={a!r} networkx={b!r} diff={diff:.3g}")
        self.result(name, bad, f"{len(keys)} nodes, max |diff| {worst:.3g} (tol {tol:g})")

    def result(self, name, bad, summary):
        if bad:
            self.failed = True
            print(f"MISMATCH {name}: {len(bad)} ({summary})")
            for line in bad[: self.max_report]:
                print(line)
        else:
            print(f"ok       {name}: {summary}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("projection")
    ap.add_argument("answers")
    ap.add_argument("--max-report", type=int, default=20)
    args = ap.parse_args()
    with open(args.projection) as f:
        p = json.load(f)
    with open(args.answers) as f:
        ours = json.load(f)

    I, G, T, A = build(p)
    print(f"I: {I.number_of_nodes()} nodes {I.number_of_edges()} edges; G: {G.number_of_edges()} edges; "
          f"T: {T.number_of_nodes()} nodes {T.number_of_edges()} edges; A: {A.number_of_edges()} edges")
    r = Report(args.max_report)
    partial = set(ours.get("partial") or [])

    if "pagerank" in ours:
        pr, impl = pagerank(I)
        r.compare(f"PageRank on I ({impl}, tol={PAGERANK_TOL:g})", ours["pagerank"], pr, 1e-6, "pagerank" in partial)
        if "pagerank" not in partial:
            total = sum(ours["pagerank"].values())
            r.result("PageRank sums to 1", [] if abs(total - 1) <= 1e-9 or not pr else [f"  sum = {total!r}"], f"sum {total:.12f}")

    if "initiativePagerank" in ours:
        pr, impl = pagerank(T, weight=None)
        r.compare(f"PageRank on T ({impl}, tol={PAGERANK_TOL:g})", ours["initiativePagerank"], pr, 1e-6, "initiativePagerank" in partial)

    if "degree" in ours:
        r.compare("degree on G", ours["degree"], {k: float(v) for k, v in G.degree()}, 1e-6)

    if "betweenness" in ours:
        b = ours["betweenness"]
        if b["exact"]:
            theirs = nx.betweenness_centrality(G, normalized=True)
            r.compare("betweenness on G (exact)", b["scores"], theirs, 1e-6)
        else:
            theirs = betweenness_from_pivots(G, b["pivots"])
            r.compare(f"betweenness on G (sampled, {b['samples']} pivots, networkx from our pivots)", b["scores"], theirs, 1e-6)

    if "closeness" in ours:
        c = ours["closeness"]
        theirs = nx.closeness_centrality(G, wf_improved=True)
        if c["exact"]:
            r.compare("closeness on G", c["scores"], theirs, 1e-6)
        else:
            print(f"skip     closeness on G: sampled ({c['samples']} pivots), only an estimate")

    if "tie" in ours:
        t = ours["tie"]
        comps = list(nx.connected_components(T))
        r.result("components of T", [] if t["components"] == len(comps) else [f"  ours={t['components']} networkx={len(comps)}"], f"{len(comps)} components")
        iso = sorted(nx.isolates(T))
        bad = [] if sorted(t["isolates"]) == iso else [f"  only ours: {sorted(set(t['isolates']) - set(iso))[:10]} only networkx: {sorted(set(iso) - set(t['isolates']))[:10]}"]
        r.result("isolates of T", bad, f"{len(iso)} isolates")
        largest = max((len(c) for c in comps), default=0)
        r.result("largest component of T", [] if t["largest"] == largest else [f"  ours={t['largest']} networkx={largest}"], f"{largest} initiatives")
        if t.get("partition") is not None:
            same = {frozenset(c) for c in t["partition"]} == {frozenset(c) for c in comps}
            r.result("partition of T", [] if same else ["  the component partitions differ"], "same sets" if same else "")

    if ours.get("cascades"):
        bad = []
        for c in ours["cascades"]:
            theirs = cascade(A, c["root"])
            for key in ("size", "depth", "maxBreadth"):
                if c[key] != theirs[key]:
                    bad.append(f"  {c['root']} {key}: ours={c[key]} networkx={theirs[key]}")
            if list(c["generations"]) != theirs["generations"]:
                bad.append(f"  {c['root']} generations: ours={c['generations']} networkx={theirs['generations']}")
            if abs(c["structuralVirality"] - theirs["structuralVirality"]) > 1e-6:
                bad.append(f"  {c['root']} structuralVirality: ours={c['structuralVirality']!r} networkx={theirs['structuralVirality']!r}")
        r.result("cascades", bad, f"{len(ours['cascades'])} roots")
    else:
        print("skip     cascades: none in the answers")

    sys.exit(1 if r.failed else 0)


if __name__ == "__main__":
    main()
