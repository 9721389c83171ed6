import type { AmplificationMode } from '../../../../domain/network.types.js';
import { UnknownInitiativeError } from '../core/errors.js';
import type { NetworkProjection } from '../projection.js';
import { introductionGains, simulateSpread, type SimulationOptions } from './simulate.js';
import { buildSpreadGraph, estimateProbabilities } from './spread-graph.js';

function network(
  ids: string[],
  amplifications: [string, string, AmplificationMode?][],
  involvements: [string, string][] = [],
): NetworkProjection {
  return {
    initiatives: ids.map((id, k) => ({
      id,
      name: id,
      region: k % 2 === 0 ? 'Drenthe' : 'Friesland',
      themes: [],
      startedOn: null,
      potential: null,
    })),
    actors: [...new Set(involvements.map(([actor]) => actor))].map((id) => ({
      id,
      name: id,
      kind: null,
      region: null,
    })),
    amplifications: amplifications.map(([from, to, mode]) => ({ from, to, mode: mode ?? 'SPREADING', on: null })),
    involvements: involvements.map(([actorId, initiativeId]) => ({ actorId, initiativeId, since: null })),
    influences: [],
    barriers: [],
  };
}

const chainIds = ['a', 'b', 'c', 'd', 'e'];
const chain = network(chainIds, [
  ['a', 'b'],
  ['b', 'c'],
  ['c', 'd'],
  ['d', 'e'],
]);

const options = (extra: Partial<SimulationOptions> = {}): SimulationOptions => ({
  model: 'INDEPENDENT_CASCADE',
  graph: 'TIE',
  seeds: ['a'],
  probability: 0.5,
  runs: 200,
  seed: 7,
  steps: 100,
  ...extra,
});

describe('simulateSpread: cases worked by hand', () => {
  it('a chain with p = 1 reaches everything, one initiative per step', () => {
    const r = simulateSpread(chain, options({ probability: 1 }));
    expect(r.reach).toEqual({ mean: 5, low: 5, high: 5, min: 5, max: 5 });
    expect(r.curve.map((s) => s.mean)).toEqual([1, 2, 3, 4, 5]);
    expect(r.top.map((t) => [t.initiativeId, t.share])).toEqual([
      ['b', 1],
      ['c', 1],
      ['d', 1],
      ['e', 1],
    ]);
    expect(r.regions).toEqual([
      { region: 'Drenthe', meanReached: 3, share: 1 },
      { region: 'Friesland', meanReached: 2, share: 1 },
    ]);
  });

  it('p = 0 reaches only the seeds', () => {
    for (const model of ['INDEPENDENT_CASCADE', 'SUSCEPTIBLE_INFECTED'] as const) {
      const r = simulateSpread(chain, options({ model, probability: 0, seeds: ['a', 'c'] }));
      expect(r.reach).toEqual({ mean: 2, low: 2, high: 2, min: 2, max: 2 });
      expect(r.distribution).toEqual([{ reach: 2, runs: 200 }]);
      expect(r.top).toEqual([]);
    }
  });

  it('on A a win only travels downstream: from the middle of a chain, p = 1 reaches the rest of it', () => {
    const r = simulateSpread(chain, options({ graph: 'AMPLIFICATION', probability: 1, seeds: ['c'] }));
    expect(r.reach.mean).toBe(3);
  });

  it('IC on a chain with p = 0.5: reach k+1 has probability 0.5^k (·0.5 unless k = 4), the mean near 1.9375', () => {
    const r = simulateSpread(chain, options({ runs: 4000 }));
    // E = Σ_{k=0..4} 0.5^k = 1.9375; sd of one run ≈ 1.1, so of the mean of 4000 ≈ 0.018
    expect(Math.abs(r.reach.mean - 1.9375)).toBeLessThan(0.08);
    const share = (reach: number) => (r.distribution.find((d) => d.reach === reach)?.runs ?? 0) / 4000;
    expect(Math.abs(share(1) - 0.5)).toBeLessThan(0.04);
    expect(Math.abs(share(2) - 0.25)).toBeLessThan(0.04);
  });

  it('SI with p = 1 adds one initiative of the chain per step and stops after `steps`', () => {
    const r = simulateSpread(chain, options({ model: 'SUSCEPTIBLE_INFECTED', probability: 1, steps: 2 }));
    expect(r.reach.mean).toBe(3);
    expect(r.curve.map((s) => s.mean)).toEqual([1, 2, 3]);
  });

  it('LT: b between a and c adopts from a alone when its threshold is at most 1/2 (half the runs)', () => {
    const r = simulateSpread(
      network(
        ['a', 'b', 'c'],
        [
          ['a', 'b'],
          ['b', 'c'],
        ],
      ),
      options({ model: 'LINEAR_THRESHOLD', runs: 4000 }),
    );
    expect(r.probability).toBeNull();
    const b = r.top.find((t) => t.initiativeId === 'b')!;
    expect(Math.abs(b.share - 0.5)).toBeLessThan(0.04);
    // c has one neighbour: it adopts whenever b does
    expect(r.top.find((t) => t.initiativeId === 'c')!.share).toBe(b.share);
  });

  it('unknown seeds are refused by id', () => {
    expect(() => simulateSpread(chain, options({ seeds: ['nope'] }))).toThrow(UnknownInitiativeError);
    expect(() => simulateSpread(chain, options({ addTies: [['a', 'zz']] }))).toThrow("initiative 'zz' does not exist");
  });
});

describe('simulateSpread: seeds, streams and what-if', () => {
  const twoParts = network(
    ['a', 'b', 'c', 'x', 'y', 'z'],
    [
      ['a', 'b'],
      ['b', 'c'],
      ['x', 'y'],
      ['y', 'z'],
      ['x', 'z'],
    ],
  );

  it('the same seed gives the same answer, another seed another one', () => {
    const one = simulateSpread(twoParts, options({ probability: 0.4 }));
    expect(simulateSpread(twoParts, options({ probability: 0.4 }))).toEqual(one);
    expect(simulateSpread(twoParts, options({ probability: 0.4, seed: 8 })).distribution).not.toEqual(one.distribution);
  });

  it('adding a tie never lowers IC reach in any run (common random numbers), and the gain is the paired mean', () => {
    const r = simulateSpread(twoParts, options({ probability: 0.6, addTies: [['c', 'x']] }));
    const c = r.comparison!;
    expect(c.gain.lostShare).toBe(0);
    expect(c.gain.gainedShare).toBeGreaterThan(0);
    expect(c.gain.mean).toBeCloseTo(c.withTies.mean - r.reach.mean, 10);
    expect(c.gain.low).toBeLessThanOrEqual(c.gain.mean);
    expect(c.gain.high).toBeGreaterThanOrEqual(c.gain.mean);
    // the runs without the tie are the runs of a simulation without addTies
    expect(simulateSpread(twoParts, options({ probability: 0.6 })).reach).toEqual(r.reach);
  });

  it('with p = 1, tying the end of one chain to a triangle gains exactly the triangle', () => {
    const r = simulateSpread(twoParts, options({ probability: 1, addTies: [['c', 'x']] }));
    expect(r.comparison!.gain).toMatchObject({ mean: 3, low: 3, high: 3, gainedShare: 1, lostShare: 0 });
  });

  it('introductionGains ranks candidates by the reach they add to a win seeded at the initiative', () => {
    const lone = network(
      ['solo', 'a', 'b', 'c', 'x'],
      [
        ['a', 'b'],
        ['b', 'c'],
      ],
    );
    const gains = introductionGains(lone, {
      initiativeId: 'solo',
      candidateIds: ['x', 'b', 'solo'],
      model: 'INDEPENDENT_CASCADE',
      graph: 'TIE',
      probability: 1,
      runs: 50,
      seed: 1,
      steps: 100,
    });
    expect(gains.map((g) => [g.candidateId, g.reachWithout, g.reachWith, g.gain.mean])).toEqual([
      ['b', 1, 4, 3],
      ['x', 1, 2, 1],
    ]);
  });
});

describe('the spread graph', () => {
  it('T ties run both ways; parallel modes on A merge into one edge with 1 − Π(1 − p)', () => {
    const p = network(
      ['a', 'b'],
      [
        ['a', 'b', 'DEEPENING'],
        ['a', 'b', 'SPREADING'],
      ],
    );
    const t = buildSpreadGraph(p, { graph: 'TIE', probability: 0.3 });
    expect([...t.target]).toEqual([1, 0]);
    const a = buildSpreadGraph(p, { graph: 'AMPLIFICATION', probability: 0.5 });
    expect([...a.start]).toEqual([0, 1, 1]);
    expect(a.prob[0]).toBeCloseTo(0.75, 12);
    expect([...a.inDegree]).toEqual([0, 1]);
  });

  it('estimates p per mode as amplified pairs over the ties of T', () => {
    // T: a-b (amplified, spreading), b-c and c-d (shared actors); 3 ties, 1 spreading pair
    const p = network(
      ['a', 'b', 'c', 'd'],
      [['a', 'b', 'SPREADING']],
      [
        ['x', 'b'],
        ['x', 'c'],
        ['y', 'c'],
        ['y', 'd'],
      ],
    );
    const e = estimateProbabilities(p);
    expect(e.ties).toBe(3);
    expect(e.byMode).toEqual({ DEEPENING: 0, BROADENING: 0, SPREADING: 1 / 3 });
    const t = buildSpreadGraph(p, { graph: 'TIE' });
    expect(t.prob[0]).toBeCloseTo(1 / 3, 12);
    const onlyDeepening = buildSpreadGraph(p, { graph: 'TIE', modes: ['DEEPENING'] });
    expect(onlyDeepening.prob[0]).toBe(0);
  });
});
