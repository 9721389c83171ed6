"""The introduction simulator against NDlib: the same graph, seeds, model and parameters, final-reach
distributions compared.

  python3 tools/simulation/compare.py network.json answers.json

network.json: the network (importNetwork shape). answers.json: {"cases": [{"model", "graph", "modes",
"probability", "seeds", "runs", "steps", "distribution": [{"reach", "runs"}]}]}, the engine's
answers through the API. For each case NDlib runs the same number of runs (ndlib_sim.py) and the
check passes when
  - the means agree: |mean_ours - mean_ndlib| <= 2.576 * sqrt(var_ours/n + var_ndlib/m) (99%), and
  - a two-sample Kolmogorov-Smirnov test does not reject at 1% (p >= 0.01), and neither does the
    Anderson-Darling k-sample test (which takes the many tied values of a discrete reach into account).
Prints one line per case with both means, their 90% intervals (5th-95th percentile), D and p, and a
JSON summary as the last line. Exit status 1 when a case disagrees, 2 when NDlib or scipy is missing.
"""
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

try:
    import ndlib  # noqa: F401
    from scipy import stats
except ModuleNotFoundError as missing:
    print(f'{missing}: pip install ndlib scipy', file=sys.stderr)
    sys.exit(2)

import numpy as np

from ndlib_sim import amplification_graph, load_network, run_ndlib, tie_graph


def expand(distribution):
    return np.array([d['reach'] for d in distribution for _ in range(d['runs'])], dtype=float)


def anderson(ours, theirs, k):
    """Anderson-Darling k-sample test, midrank variant (for the ties of a discrete reach), p by permutation."""
    method = stats.PermutationMethod(n_resamples=999, random_state=k)
    try:
        return stats.anderson_ksamp([ours, theirs], variant='midrank', method=method)
    except TypeError:  # SciPy before 1.17 has no `variant`
        return stats.anderson_ksamp([ours, theirs], midrank=True, method=method)


def main(network_path, answers_path):
    network = load_network(network_path)
    with open(answers_path, encoding='utf8') as f:
        answers = json.load(f)
    graphs = {}
    failures = 0
    summary = []
    for k, case in enumerate(answers['cases']):
        key = (case['graph'], tuple(case.get('modes') or ()))
        if key not in graphs:
            graphs[key] = tie_graph(network) if case['graph'] == 'TIE' else amplification_graph(network, case.get('modes'))
        ours = expand(case['distribution'])
        started = time.perf_counter()
        theirs = run_ndlib(graphs[key], case['model'], case.get('probability') or 0.0, case['seeds'], case['runs'], case['steps'], 1000 + k)
        seconds = time.perf_counter() - started
        half = 2.576 * np.sqrt(ours.var(ddof=1) / len(ours) + theirs.var(ddof=1) / len(theirs))
        ks = stats.ks_2samp(ours, theirs)
        ad = anderson(ours, theirs, k)
        means_agree = abs(ours.mean() - theirs.mean()) <= half + 1e-12
        ok = bool(means_agree and ks.pvalue >= 0.01 and ad.pvalue >= 0.01)
        failures += 0 if ok else 1
        row = {
            'model': case['model'], 'graph': case['graph'], 'probability': case.get('probability'),
            'runs': len(ours), 'oursMean': ours.mean(), 'oursLow': np.percentile(ours, 5), 'oursHigh': np.percentile(ours, 95),
            'ndlibMean': theirs.mean(), 'ndlibLow': np.percentile(theirs, 5), 'ndlibHigh': np.percentile(theirs, 95),
            'meanDifferenceBound99': half, 'ksD': ks.statistic, 'ksP': ks.pvalue, 'adP': ad.pvalue,
            'ndlibSeconds': seconds, 'agree': ok,
        }
        summary.append(row)
        print(
            f"{'ok ' if ok else 'BAD'} {case['model']:<21} on {case['graph']:<13} p={case.get('probability')}: "
            f"ours {ours.mean():.3f} [{row['oursLow']:.0f}-{row['oursHigh']:.0f}], NDlib {theirs.mean():.3f} "
            f"[{row['ndlibLow']:.0f}-{row['ndlibHigh']:.0f}] (|diff| {abs(ours.mean() - theirs.mean()):.3f} <= {half:.3f}?), "
            f"KS D={ks.statistic:.4f} p={ks.pvalue:.3f}, AD p={ad.pvalue:.3f}; NDlib {seconds:.1f} s"
        )
    print(json.dumps({'cases': summary, 'failures': failures}))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2]))
