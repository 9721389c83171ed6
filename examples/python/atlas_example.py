"""Small Wins Atlas from Python: pull a cascade over GraphQL, load the dynamic GEXF export into
networkx and the netdiffuseR table into pandas, and reproduce the Atlas's figures of that cascade
(size, depth, structural virality, adoption curve) independently.

  pip install networkx pandas
  python3 examples/python/atlas_example.py --url http://127.0.0.1:4000 [--token TOKEN] [--region NAME]

--token (or ATLAS_TOKEN): a viewer token when the server has API_TOKENS set. --region: only that
region's initiatives (the cascade is the largest one whose root is there). Prints each figure as
the Atlas gives it and as recomputed here; the exit status is 1 when one disagrees.
Runs in `npm test` (tests/integration/python-example.test.ts).
"""
import argparse
import io
import json
import os
import sys
import tempfile
import urllib.parse
import urllib.request
import zipfile
from collections import deque

import networkx as nx
import pandas as pd


class Atlas:
    """The API: GraphQL queries and the export endpoint."""

    def __init__(self, url, token=None):
        self.url = url.rstrip('/')
        self.headers = {'authorization': f'Bearer {token}'} if token else {}

    def graphql(self, query, **variables):
        body = json.dumps({'query': query, 'variables': variables}).encode('utf8')
        request = urllib.request.Request(
            f'{self.url}/graphql', data=body, headers={'content-type': 'application/json', **self.headers}
        )
        with urllib.request.urlopen(request) as response:
            answer = json.load(response)
        if answer.get('errors'):
            raise RuntimeError(f"GraphQL: {answer['errors'][0]['message']}")
        return answer['data']

    def export(self, **params):
        query = urllib.parse.urlencode({k: v for k, v in params.items() if v is not None})
        request = urllib.request.Request(f'{self.url}/api/export?{query}', headers=self.headers)
        with urllib.request.urlopen(request) as response:
            return response.read()


CASCADES = """query($region: String) {
  cascades(region: $region, first: 1, sortBy: SIZE) { root { id name } size }
}"""
CASCADE = """query($root: ID!) {
  cascade(rootId: $root) {
    size depth structuralVirality adoptionCurve { month joined cumulative }
    nodes { id generation }
    manifest { dataVersion citeAs }
  }
}"""


def amplification_graph(gexf):
    """A from the dynamic GEXF: the initiatives (i:<id>) and their AMPLIFIES edges."""
    g = nx.DiGraph()
    for node, data in gexf.nodes(data=True):
        if data.get('type') == 'initiative':
            g.add_node(node[2:], start=data.get('start'))
    for u, v, data in gexf.edges(data=True):
        if data.get('relationship') == 'AMPLIFIES':
            g.add_edge(u[2:], v[2:], start=data.get('start'))
    return g


def cascade_of(a, root):
    """Breadth-first along A: every initiative's generation (hop distance from the root)."""
    generation = {root: 0}
    queue = deque([root])
    while queue:
        u = queue.popleft()
        for v in a.successors(u):
            if v not in generation:
                generation[v] = generation[u] + 1
                queue.append(v)
    return generation


def structural_virality(a, members):
    """Mean distance over all pairs in the undirected graph A induces on the cascade (Goel et al.)."""
    h = a.subgraph(members).to_undirected()
    return nx.average_shortest_path_length(h) if len(members) > 1 else 0.0


def compare(rows, name, atlas, ours, tolerance=1e-9):
    ok = atlas == ours if isinstance(atlas, (int, str, list)) else abs(atlas - ours) <= tolerance
    rows.append(ok)
    print(f"{'ok ' if ok else 'BAD'} {name:<28} Atlas {atlas!s:<22} here {ours}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--url', default='http://127.0.0.1:4000')
    parser.add_argument('--token', default=os.environ.get('ATLAS_TOKEN'))
    parser.add_argument('--region')
    args = parser.parse_args()
    atlas = Atlas(args.url, args.token)

    found = atlas.graphql(CASCADES, region=args.region)['cascades']
    if not found:
        print('no cascade of two or more initiatives: import or seed a network first (npm run seed)')
        return 1
    root = found[0]['root']
    cascade = atlas.graphql(CASCADE, root=root['id'])['cascade']
    print(f"largest cascade: {root['name']} ({root['id']}), {cascade['size']} initiatives")
    print(f"receipt: {cascade['manifest']['citeAs']}")

    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, 'network.gexf')
        with open(path, 'wb') as f:
            f.write(atlas.export(format='gexf-dynamic', region=args.region))
        gexf = nx.read_gexf(path)
    a = amplification_graph(gexf)
    generation = cascade_of(a, root['id'])

    with zipfile.ZipFile(io.BytesIO(atlas.export(format='diffusion', period='month', region=args.region))) as z:
        adoptions = pd.read_csv(z.open('adoptions.csv'), dtype={'id': str, 'period': str})
        manifest = json.load(z.open('manifest.json'))
    print(f"exports of data version {manifest['dataVersion']} ({manifest['software']})")

    # the adoption curve: cascade initiatives joined per month (by their start date), from the table
    joined = adoptions[adoptions['id'].isin(generation.keys())].dropna(subset=['period'])
    by_month = joined.groupby('period').size()
    curve = {p['month']: p['joined'] for p in cascade['adoptionCurve'] if p['joined'] > 0}

    checks = []
    compare(checks, 'size', cascade['size'], len(generation))
    compare(checks, 'depth', cascade['depth'], max(generation.values()))
    compare(checks, 'generations', sorted(n['generation'] for n in cascade['nodes']), sorted(generation.values()))
    compare(checks, 'structural virality', cascade['structuralVirality'], structural_virality(a, generation.keys()))
    compare(checks, 'adoption curve (per month)', json.dumps(curve, sort_keys=True), json.dumps({k: int(v) for k, v in by_month.items()}, sort_keys=True))
    started = sum(1 for n in generation if a.nodes[n].get('start'))
    compare(checks, 'members with a start spell', int(joined.shape[0]), started)
    if all(checks):
        print('every figure agrees')
        return 0
    print(f'{checks.count(False)} figure(s) disagree')
    return 1


if __name__ == '__main__':
    sys.exit(main())
