#!/usr/bin/env python3
"""Check the engine's PageRank against python-igraph (PRPACK, a direct solver: the converged value).

    python3 tools/igraph/compare.py PROJECTION.json ANSWERS.json [--max-report N]

PROJECTION.json: a NetworkProjection (server/src/modules/analytics/engine/projection.ts).
ANSWERS.json: what tools/networkx/answers.mjs writes (or the integration tests); the keys used:

  pagerank            PageRank on I per actor id: Graph.pagerank(damping=0.85, weights=weight),
                      directed; an influence repeated between the same two actors counts with
                      its weights added, self-loops and unknown actors left out
  initiativePagerank  PageRank on T per initiative id, unweighted, undirected

A key listed in the answers' "partial" (e.g. ["initiativePagerank"], when the API returned only
the top of a ranking) is checked on the ids it has; otherwise every node must be there.
Tolerance 1e-6 (the contract's "within 1e-6 of igraph's PRPACK"). Prints one line per check and
every mismatch (up to --max-report), exits 1 on any mismatch and 2 when python-igraph is missing
(`pip install python-igraph`). The graphs are built here, independently of tools/networkx.
"""
import argparse
import json
import sys
from itertools import combinations

try:
    import igraph
except ModuleNotFoundError:
    print("python-igraph is not installed: pip install python-igraph (the igraph check did not run)")
    sys.exit(2)


def influence_graph(p):
    """I: directed, every actor a node, weight = influence weight (repeated pairs summed)."""
    ids = [a["id"] for a in p["actors"]]
    index = {a: i for i, a in enumerate(ids)}
    weight = {}
    for e in p["influences"]:
        u, v = index.get(e["from"]), index.get(e["to"])
        if u is None or v is None or u == v:
            continue
        weight[(u, v)] = weight.get((u, v), 0.0) + e["weight"]
    g = igraph.Graph(n=len(ids), edges=list(weight), directed=True)
    g.es["weight"] = list(weight.values())
    return ids, g


def tie_graph(p):
    """T: undirected, every initiative a node; an amplification or a shared actor ties two."""
    ids = [i["id"] for i in p["initiatives"]]
    index = {x: i for i, x in enumerate(ids)}
    pairs = set()
    for e in p["amplifications"]:
        u, v = index.get(e["from"]), index.get(e["to"])
        if u is not None and v is not None and u != v:
            pairs.add((min(u, v), max(u, v)))
    by_actor = {}
    for e in p["involvements"]:
        i = index.get(e["initiativeId"])
        if i is not None:
            by_actor.setdefault(e["actorId"], set()).add(i)
    for members in by_actor.values():
        pairs.update(combinations(sorted(members), 2))
    return ids, igraph.Graph(n=len(ids), edges=sorted(pairs))


def compare(name, ours, ids, theirs, tol, max_report, partial=False):
    theirs = dict(zip(ids, theirs))
    bad = []
    worst = 0.0
    keys = set(ours) if partial else set(ours) | set(theirs)
    if partial:
        name += f", the {len(ours)} ids answered"
    for k in sorted(keys):
        a, b = ours.get(k), theirs.get(k)
        if a is None or b is None:
            bad.append(f"  {k}: ours={a} igraph={b}")
            continue
        worst = max(worst, abs(a - b))
        if abs(a - b) > tol:
            bad.append(f"  {k}: ours={a!r} igraph={b!r} diff={abs(a - b):.3g}")
    summary = f"{len(keys)} nodes, max |diff| {worst:.3g} (tol {tol:g})"
    if bad:
        print(f"MISMATCH {name}: {len(bad)} ({summary})")
        for line in bad[:max_report]:
            print(line)
        return False
    print(f"ok       {name}: {summary}")
    return True


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
    print(f"python-igraph {igraph.__version__}")
    ok = True
    checked = 0
    partial = set(ours.get("partial") or [])
    if "pagerank" in ours:
        ids, g = influence_graph(p)
        theirs = g.pagerank(damping=0.85, weights="weight", directed=True, implementation="prpack")
        ok &= compare(f"PageRank on I (igraph PRPACK, {g.ecount()} edges)", ours["pagerank"], ids, theirs, 1e-6, args.max_report, "pagerank" in partial)
        checked += 1
    if "initiativePagerank" in ours:
        ids, g = tie_graph(p)
        theirs = g.pagerank(damping=0.85, directed=False, implementation="prpack")
        ok &= compare(f"PageRank on T (igraph PRPACK, {g.ecount()} edges)", ours["initiativePagerank"], ids, theirs, 1e-6, args.max_report, "initiativePagerank" in partial)
        checked += 1
    if checked == 0:
        print("nothing to check: the answers have neither pagerank nor initiativePagerank")
        ok = False
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
