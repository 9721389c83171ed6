"""The research section's Python side (scripts/bench-research.mjs): the same runs in NDlib and
networkx, for scale.

  python3 scripts/bench-research.py network.json work.json

work.json: {"seed", "probability", "ndlibRuns", "nxReplicates", "swapsPerEdge", "hub"}. Prints one
JSON line: NDlib's independent cascade on T from the hub (ndlibRuns runs: seconds, mean reach) and
networkx's double_edge_swap on T (nxReplicates replicates of swapsPerEdge swaps per edge, each
followed by the isolate and component counts: seconds).
"""
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tools', 'simulation'))

import networkx as nx  # noqa: E402

from ndlib_sim import load_network, run_ndlib, tie_graph  # noqa: E402


def main(network_path, work_path):
    network = load_network(network_path)
    with open(work_path, encoding='utf8') as f:
        work = json.load(f)
    t = tie_graph(network)
    out = {'versions': {'networkx': nx.__version__}, 'edges': t.number_of_edges()}
    try:
        import ndlib

        out['versions']['ndlib'] = getattr(ndlib, '__version__', 'installed')
        started = time.perf_counter()
        reach = run_ndlib(t, 'INDEPENDENT_CASCADE', work['probability'], [work['hub']], work['ndlibRuns'], 100, work['seed'])
        out['ndlib'] = {'runs': work['ndlibRuns'], 'seconds': time.perf_counter() - started, 'mean': float(reach.mean())}
    except ModuleNotFoundError as missing:
        out['ndlib'] = {'error': str(missing)}
    started = time.perf_counter()
    for k in range(work['nxReplicates']):
        g = t.copy()
        swaps = work['swapsPerEdge'] * g.number_of_edges()
        nx.double_edge_swap(g, nswap=swaps, max_tries=swaps * 10, seed=work['seed'] + k)
        isolates = sum(1 for _ in nx.isolates(g))
        components = nx.number_connected_components(g)
    out['networkx'] = {
        'replicates': work['nxReplicates'],
        'seconds': time.perf_counter() - started,
        'isolates': isolates,
        'components': components,
    }
    print(json.dumps(out))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
