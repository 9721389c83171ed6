"""NDlib runs of the Atlas's spread models, on graphs built here with networkx, independently of the
engine: the independent check of the introduction simulator (compare.py) and its bench (scripts/
bench-simulation.py).

The graphs, from a network file (the importNetwork / JSON export shape, or the engine's projection):
  T  undirected: u-v if an amplification joins them (any mode, either direction) or an actor is
     involved in both
  A  directed: from the source win to its follower, amplifications of the chosen modes

The models, as NDlib 6 has them (ndlib.models.epidemics):
  INDEPENDENT_CASCADE   IndependentCascadesModel, every edge's "threshold" = the probability; runs
                        until no node is left infected
  LINEAR_THRESHOLD      ThresholdModel, every node's threshold drawn uniform in (0, 1] per run;
                        runs until a step changes nothing
  SUSCEPTIBLE_INFECTED  SIModel with beta = the probability and tp_rate = 1 (a node with k infected
                        neighbours is infected with 1 - (1 - beta)^k); runs `steps` steps
Final reach = nodes that were ever infected.
"""
import itertools
import json
import random

import networkx as nx
import numpy as np


def load_network(path):
    with open(path, encoding='utf8') as f:
        return json.load(f)


def _amplifications(network):
    for e in network.get('amplifications') or []:
        yield (e.get('fromInitiativeId', e.get('from')), e.get('toInitiativeId', e.get('to')), e.get('mode'))


def tie_graph(network):
    """T, built pairwise (an actor in k initiatives adds k(k-1)/2 ties)."""
    g = nx.Graph()
    ids = [i['id'] for i in network.get('initiatives') or []]
    known = set(ids)
    g.add_nodes_from(ids)
    for a, b, _ in _amplifications(network):
        if a in known and b in known and a != b:
            g.add_edge(a, b)
    by_actor = {}
    for inv in network.get('involvements') or []:
        if inv['initiativeId'] in known:
            by_actor.setdefault(inv['actorId'], set()).add(inv['initiativeId'])
    for members in by_actor.values():
        g.add_edges_from(itertools.combinations(sorted(members), 2))
    return g


def amplification_graph(network, modes=None):
    """A, directed, amplifications of the chosen modes (all when none)."""
    g = nx.DiGraph()
    ids = [i['id'] for i in network.get('initiatives') or []]
    known = set(ids)
    g.add_nodes_from(ids)
    for a, b, mode in _amplifications(network):
        if a in known and b in known and a != b and (not modes or mode in modes):
            g.add_edge(a, b)
    return g


def _ndlib():
    import ndlib.models.ModelConfig as mc
    import ndlib.models.epidemics as ep
    return mc, ep


def _model(graph, model, probability, seeds):
    mc, ep = _ndlib()
    config = mc.Configuration()
    config.add_model_initial_configuration('Infected', list(seeds))
    if model == 'INDEPENDENT_CASCADE':
        m = ep.IndependentCascadesModel(graph)
        for e in graph.edges():
            config.add_edge_configuration('threshold', e, probability)
    elif model == 'LINEAR_THRESHOLD':
        m = ep.ThresholdModel(graph)
        for n in graph.nodes():
            config.add_node_configuration('threshold', n, 1.0)
    elif model == 'SUSCEPTIBLE_INFECTED':
        m = ep.SIModel(graph)
        config.add_model_parameter('beta', probability)
        config.add_model_parameter('tp_rate', 1)
    else:
        raise ValueError(f'unknown model {model}')
    m.set_initial_status(config)
    return m


def run_ndlib(graph, model, probability, seeds, runs, steps, seed):
    """Final reach of `runs` NDlib runs (NDlib draws from numpy's and Python's global streams: both
    seeded here; set iteration order still varies with PYTHONHASHSEED)."""
    np.random.seed(seed)
    random.seed(seed)
    m = _model(graph, model, probability, seeds)
    nodes = list(graph.nodes())
    reaches = []
    for _ in range(runs):
        m.reset(infected_nodes=list(seeds))
        if model == 'LINEAR_THRESHOLD':
            thresholds = 1.0 - np.random.random_sample(len(nodes))
            m.params['nodes']['threshold'] = dict(zip(nodes, thresholds))
        ever = set(seeds)
        m.iteration(node_status=True)  # iteration 0: the seeds
        for _step in range(steps):
            it = m.iteration(node_status=True)
            changed = [n for n, s in it['status'].items() if s == 1]
            ever.update(changed)
            if model == 'INDEPENDENT_CASCADE' and it['node_count'].get(1, 0) == 0:
                break
            if model == 'LINEAR_THRESHOLD' and not changed:
                break
        reaches.append(len(ever))
    return np.array(reaches, dtype=float)
