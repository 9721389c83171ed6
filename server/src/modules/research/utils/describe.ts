import type { SimulationResult } from '../../analytics/engine/simulation/simulate.js';

const MODEL_NAMES = {
  INDEPENDENT_CASCADE: 'independent cascade',
  LINEAR_THRESHOLD: 'linear threshold',
  SUSCEPTIBLE_INFECTED: 'susceptible–infected',
} as const;

/** The algorithm line of a simulation's receipt. */
export function describeSpread(result: Pick<SimulationResult, 'model' | 'graph' | 'comparison'>): string {
  const on = result.graph === 'TIE' ? 'the tie graph T' : 'the amplification graph A';
  const what = result.comparison ? ', with and without the added ties on common random numbers' : '';
  return `${MODEL_NAMES[result.model]} simulation on ${on}${what}`;
}

/** The parameters of a simulation's receipt. */
export function spreadParameters(result: SimulationResult): Record<string, unknown> {
  const estimated = result.estimated
    ? Object.entries(result.estimated.byMode).map(([mode, p]) => `${mode} ${p.toPrecision(4)}`)
    : undefined;
  return {
    seeds: result.seeds,
    runs: result.runs,
    steps: result.steps,
    probability: result.probability ?? (estimated ? `estimated per mode: ${estimated.join(', ')}` : undefined),
    addTies: result.comparison?.addedTies.map(([a, b]) => `${a}–${b}`),
  };
}
