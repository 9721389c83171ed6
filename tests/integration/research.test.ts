import { networkStats, ownedPrefixes, startTestApp, type GraphqlResponse, type TestApp } from '../support/app.js';

/**
 * r spreads to a (2015-03-01) and deepens into b (undated); a and b both lead to c; iso stands alone.
 * T: r–a, r–b, a–c, b–c (a square); iso has no tie. Actors x (since 2016-02-01) and y (since
 * 2018-01-01) are both involved in c, so in G they are tied from 2018 on.
 */
function network(p: string) {
  return {
    initiatives: [
      { id: `${p}r`, name: 'Root co-op', region: `${p}Drenthe`, themes: [`${p}energy`], startedOn: '2015-01-01' },
      { id: `${p}a`, name: 'Copy', region: `${p}Friesland`, themes: [`${p}energy`], startedOn: '2015-03-01' },
      { id: `${p}b`, name: 'Deeper', region: `${p}Drenthe`, themes: [`${p}energy`], startedOn: '2015-02-01' },
      { id: `${p}c`, name: 'Care spin-off', region: `${p}Groningen`, themes: [`${p}care`], startedOn: '2016-01-11' },
      { id: `${p}iso`, name: 'Alone', region: `${p}Zeeland`, themes: [`${p}care`] },
    ],
    actors: [
      { id: `${p}x`, name: 'X' },
      { id: `${p}y`, name: 'Y' },
    ],
    involvements: [
      { actorId: `${p}x`, initiativeId: `${p}c`, since: '2016-02-01' },
      { actorId: `${p}y`, initiativeId: `${p}c`, since: '2018-01-01' },
    ],
    influences: [],
    amplifications: [
      { fromInitiativeId: `${p}r`, toInitiativeId: `${p}a`, mode: 'SPREADING', on: '2015-03-01' },
      { fromInitiativeId: `${p}r`, toInitiativeId: `${p}b`, mode: 'DEEPENING' },
      { fromInitiativeId: `${p}a`, toInitiativeId: `${p}c`, mode: 'BROADENING' },
      { fromInitiativeId: `${p}b`, toInitiativeId: `${p}c`, mode: 'SPREADING' },
    ],
  };
}

const MANIFEST = 'manifest { dataVersion asOf algorithm seed software citeAs parameters { name value } }';
const SIMULATE = `query($seeds: [ID!]!, $model: SpreadModel, $graph: SpreadGraph, $p: Float, $runs: Int, $steps: Int, $add: [TieInput!]) {
  simulateSpread(seeds: $seeds, model: $model, graph: $graph, probability: $p, runs: $runs, steps: $steps, seed: 11, addTies: $add) {
    model graph runs seed steps probability edges seeds { id }
    estimated { mode probability pairs ties }
    reach { mean low high min max } curve { step mean low high } distribution { reach runs }
    regions { region meanReached share } topReached { initiative { id } share }
    comparison { addedTies { a b } withTies { mean min max } gain { mean low high gainedShare lostShare } }
    ${MANIFEST}
  }
}`;

interface Manifest {
  dataVersion: string;
  asOf: string | null;
  algorithm: string;
  seed: number | null;
  software: string;
  citeAs: string;
  parameters: { name: string; value: string }[];
}
interface Simulation {
  runs: number;
  seed: number;
  probability: number | null;
  seeds: { id: string }[];
  estimated: { mode: string; probability: number; pairs: number; ties: number }[];
  reach: { mean: number; low: number; high: number; min: number; max: number };
  curve: { step: number; mean: number }[];
  distribution: { reach: number; runs: number }[];
  regions: { region: string; meanReached: number; share: number }[];
  topReached: { initiative: { id: string }; share: number }[];
  comparison: {
    addedTies: { a: string; b: string }[];
    withTies: { mean: number; min: number; max: number };
    gain: { mean: number; low: number; high: number; gainedShare: number; lostShare: number };
  } | null;
  manifest: Manifest;
}

function problemsOf(r: GraphqlResponse): { code: unknown; paths: string[]; message: string } {
  const error = r.errors?.[0];
  const problems = (error?.extensions?.problems ?? []) as { path: string }[];
  return { code: error?.extensions?.code, paths: problems.map((x) => x.path), message: JSON.stringify(r.errors) };
}

describe('the research toolkit through GraphQL (real Neo4j)', () => {
  let t: TestApp;
  const own = ownedPrefixes();
  const p = own.prefix('research');
  const simulate = async (variables: Record<string, unknown>) => {
    const r = await t.gql<{ simulateSpread: Simulation }>(SIMULATE, { runs: 200, ...variables });
    expect(r.errors).toBeUndefined();
    return r.data!.simulateSpread;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const r = await t.gql(`mutation($n: NetworkInput!) { importNetwork(input: $n) { initiatives } }`, {
      n: network(p),
    });
    expect(r.errors).toBeUndefined();
  });
  afterAll(async () => {
    await own.cleanup();
    await t.close();
  });

  describe('simulateSpread', () => {
    it('with p = 1 reaches the seed’s whole component of T, step by step, and says what it ran', async () => {
      const s = await simulate({ seeds: [`${p}r`], p: 1 });
      expect(s.reach).toEqual({ mean: 4, low: 4, high: 4, min: 4, max: 4 });
      expect(s.curve.map((c) => c.mean)).toEqual([1, 3, 4]);
      expect(s.distribution).toEqual([{ reach: 4, runs: 200 }]);
      expect(s.topReached.map((x) => [x.initiative.id, x.share]).sort()).toEqual([
        [`${p}a`, 1],
        [`${p}b`, 1],
        [`${p}c`, 1],
      ]);
      expect(s.regions.find((x) => x.region === `${p}Drenthe`)).toEqual({
        region: `${p}Drenthe`,
        meanReached: 2,
        share: 1,
      });
      expect(s.comparison).toBeNull();
      expect(s.manifest.seed).toBe(11);
      expect(s.manifest.dataVersion).not.toBe('');
      expect(s.manifest.algorithm).toMatch(/independent cascade/i);
      expect(s.manifest.parameters).toContainEqual({ name: 'runs', value: '200' });
      expect(s.manifest.citeAs).toContain('Small Wins Atlas');
      expect(s.manifest.citeAs).toContain('seed 11');
    });

    it('with p = 0 reaches only the seeds', async () => {
      const s = await simulate({ seeds: [`${p}r`, `${p}iso`], p: 0 });
      expect(s.reach.mean).toBe(2);
      expect(s.reach.max).toBe(2);
      expect(s.topReached).toEqual([]);
    });

    it('follows A’s direction on the amplification graph, and SI passes one hop per step', async () => {
      expect((await simulate({ seeds: [`${p}a`], graph: 'AMPLIFICATION', p: 1 })).reach.mean).toBe(2);
      const si = await simulate({ seeds: [`${p}r`], model: 'SUSCEPTIBLE_INFECTED', p: 1, steps: 1 });
      expect(si.reach.mean).toBe(3);
      expect(si.curve.map((c) => c.mean)).toEqual([1, 3]);
    });

    it('compares with an added tie on the same random numbers: the isolate joins every run', async () => {
      const s = await simulate({ seeds: [`${p}r`], p: 0.5, add: [{ a: `${p}c`, b: `${p}iso` }] });
      const c = s.comparison!;
      expect(c.addedTies).toEqual([{ a: `${p}c`, b: `${p}iso` }]);
      // common random numbers: a run without the tie is the same run with it, minus what the tie adds
      expect(c.gain.lostShare).toBe(0);
      expect(c.withTies.mean).toBeCloseTo(s.reach.mean + c.gain.mean, 10);
      expect(c.gain.mean).toBeGreaterThan(0);
      expect(c.gain.low).toBeLessThanOrEqual(c.gain.mean);
      expect(c.gain.high).toBeGreaterThanOrEqual(c.gain.mean);
      expect(c.withTies.max).toBeLessThanOrEqual(5);
    });

    it('estimates the probabilities per mode when none is given', async () => {
      const s = await simulate({ seeds: [`${p}r`] });
      expect(s.probability).toBeNull();
      expect(s.estimated.map((e) => e.mode)).toEqual(['DEEPENING', 'BROADENING', 'SPREADING']);
      for (const e of s.estimated) {
        expect(e.probability).toBeGreaterThanOrEqual(0);
        expect(e.probability).toBeLessThanOrEqual(1);
      }
      expect(s.manifest.parameters.find((x) => x.name === 'probability')?.value).toMatch(
        /^estimated per mode: DEEPENING /,
      );
    });

    it('says which argument is wrong, and NOT_FOUND for an unknown seed', async () => {
      const bad = problemsOf(await t.gql(SIMULATE, { seeds: [`${p}r`], runs: 0, p: 2 }));
      expect(bad.code).toBe('BAD_USER_INPUT');
      expect(bad.paths.sort()).toEqual(['probability', 'runs']);
      const unknown = problemsOf(await t.gql(SIMULATE, { seeds: [`${p}nobody`], p: 0.5 }));
      expect(unknown.code).toBe('NOT_FOUND');
      expect(unknown.message).toContain(`${p}nobody`);
    });
  });

  it('introductionGains ranks the candidates by what a tie would add', async () => {
    const r = await t.gql<{
      introductionGains: {
        initiative: { id: string };
        gains: { initiative: { id: string }; reachWithout: number; reachWith: number; gain: { mean: number } }[];
        manifest: Manifest;
      };
    }>(
      `query($id: ID!, $c: [ID!]!) { introductionGains(initiativeId: $id, candidateIds: $c, probability: 1, runs: 50) {
        initiative { id } gains { initiative { id } reachWithout reachWith gain { mean } } ${MANIFEST} } }`,
      { id: `${p}r`, c: [`${p}c`, `${p}iso`] },
    );
    expect(r.errors).toBeUndefined();
    const g = r.data!.introductionGains;
    expect(g.initiative.id).toBe(`${p}r`);
    expect(g.gains.map((x) => [x.initiative.id, x.reachWithout, x.reachWith, x.gain.mean])).toEqual([
      [`${p}iso`, 4, 5, 1],
      [`${p}c`, 4, 4, 0],
    ]);
    expect(g.manifest.parameters).toContainEqual({ name: 'runs', value: '50' });
  });

  describe('nullModel', () => {
    const NULL = `query($graph: NullGraph, $m: [NullMeasure!], $method: RewireMethod, $n: Int) {
      nullModel(graph: $graph, measures: $m, method: $method, replicates: $n, seed: 5) {
        graph method replicates swapsPerEdge seed edges acceptedShare
        bands { measure observed nullMean nullSd low high z p } ${MANIFEST}
      }
    }`;
    interface Band {
      measure: string;
      observed: number;
      nullMean: number;
      low: number;
      high: number;
      z: number | null;
      p: number;
    }

    it('keeps every degree when it swaps T’s edges: the isolates’ band is the observed count', async () => {
      const r = await t.gql<{ nullModel: { bands: Band[]; replicates: number; manifest: Manifest } }>(NULL, {
        graph: 'TIE',
        m: ['ISOLATES'],
        method: 'EDGES',
        n: 10,
      });
      expect(r.errors).toBeUndefined();
      const [band] = r.data!.nullModel.bands;
      const stats = await networkStats(t);
      expect(band!.observed).toBe(stats.isolatedInitiatives);
      expect([band!.nullMean, band!.low, band!.high]).toEqual([band!.observed, band!.observed, band!.observed]);
      expect(band!.p).toBe(1);
      expect(r.data!.nullModel.manifest.seed).toBe(5);
      expect(r.data!.nullModel.manifest.algorithm).toContain('double edge swaps of T');
    });

    it('gives the default figures of T with a band, z and p each', async () => {
      const r = await t.gql<{ nullModel: { bands: Band[]; edges: number; acceptedShare: number } }>(NULL, { n: 20 });
      expect(r.errors).toBeUndefined();
      const { bands, edges, acceptedShare } = r.data!.nullModel;
      expect(bands.map((b) => b.measure)).toEqual(['ISOLATES', 'COMPONENTS', 'LARGEST_COMPONENT_SHARE']);
      expect(edges).toBeGreaterThan(0);
      expect(acceptedShare).toBeGreaterThan(0);
      for (const b of bands) {
        expect(b.low).toBeLessThanOrEqual(b.nullMean + 1e-12);
        expect(b.nullMean).toBeLessThanOrEqual(b.high + 1e-12);
        expect(b.p).toBeGreaterThan(0);
        expect(b.p).toBeLessThanOrEqual(1);
      }
    });

    it('refuses a figure of another graph, and a request over the cost limit before running it', async () => {
      const wrong = problemsOf(await t.gql(NULL, { graph: 'TIE', m: ['MEAN_CASCADE_DEPTH'], n: 5 }));
      expect(wrong.code).toBe('BAD_USER_INPUT');
      expect(wrong.message).toContain('MEAN_CASCADE_DEPTH is not a figure of TIE');
      const all = ['ISOLATES', 'COMPONENTS', 'LARGEST_COMPONENT_SHARE', 'MODULARITY', 'MEAN_CLUSTERING'];
      const costly = await t.gql(NULL, { graph: 'TIE', m: all, n: 1000 });
      expect(JSON.stringify(costly.errors)).toMatch(/query cost \d+ exceeds the limit/);
    });
  });

  it('adoptionExposure: exposure at adoption and thresholds of one cascade, per theme', async () => {
    const r = await t.gql<{
      adoptionExposure: {
        cascades: number;
        adoptions: number;
        overall: { adoptions: number; meanExposure: number; singleShare: number; multipleShare: number };
        themes: { theme: string; adoptions: number; meanExposure: number; meanThreshold: number }[];
        rows: { initiativeId: string; exposure: number; ties: number; threshold: number; generation: number }[];
        manifest: Manifest;
      };
    }>(
      `query($root: ID!) { adoptionExposure(rootId: $root) {
        cascades adoptions overall { adoptions meanExposure singleShare multipleShare }
        themes { theme adoptions meanExposure meanThreshold }
        rows { initiativeId exposure ties threshold generation } ${MANIFEST} } }`,
      { root: `${p}r` },
    );
    expect(r.errors).toBeUndefined();
    const e = r.data!.adoptionExposure;
    expect([e.cascades, e.adoptions]).toEqual([1, 3]);
    const rows = Object.fromEntries(
      e.rows.map((x) => [x.initiativeId, [x.exposure, x.ties, x.threshold, x.generation]]),
    );
    // b (Feb) and a (Mar) each had r before them; c (2016) had both a and b
    expect(rows).toEqual({ [`${p}b`]: [1, 2, 0.5, 1], [`${p}a`]: [1, 2, 0.5, 1], [`${p}c`]: [2, 2, 1, 2] });
    expect(e.overall.meanExposure).toBeCloseTo(4 / 3, 12);
    expect(e.overall.singleShare).toBeCloseTo(2 / 3, 12);
    expect(e.overall.multipleShare).toBeCloseTo(1 / 3, 12);
    expect(e.themes.find((x) => x.theme === `${p}care`)).toEqual({
      theme: `${p}care`,
      adoptions: 1,
      meanExposure: 2,
      meanThreshold: 1,
    });
    expect(e.manifest.algorithm).toContain('netdiffuseR');
  });

  it('ranks actors and initiatives as of a date, with the date in the receipt', async () => {
    const ACTORS = `query($asOf: Date) { actorRankingDetails(measure: DEGREE, first: 5000, asOf: $asOf) {
      items { actor { id } score } manifest { asOf } } }`;
    const INITIATIVES = `query($asOf: Date) { initiativeRanking(measure: DEGREE, first: 1000, asOf: $asOf) {
      items { initiative { id } score } manifest { asOf } } }`;
    type Ranked = { items: { actor?: { id: string }; initiative?: { id: string }; score: number }[] };
    const score = (ranking: Ranked, id: string) =>
      ranking.items.find((x) => (x.actor ?? x.initiative)!.id === id)?.score;

    const now = await t.gql<{ actorRankingDetails: Ranked & { manifest: Manifest } }>(ACTORS, {});
    const then = await t.gql<{ actorRankingDetails: Ranked & { manifest: Manifest } }>(ACTORS, {
      asOf: '2017-01-01',
    });
    expect(now.errors ?? then.errors).toBeUndefined();
    expect(score(now.data!.actorRankingDetails, `${p}x`)).toBe(1);
    expect(score(then.data!.actorRankingDetails, `${p}x`)).toBe(0);
    // actors have no dates: y is there in 2017, without its involvement yet
    expect(score(then.data!.actorRankingDetails, `${p}y`)).toBe(0);
    expect(then.data!.actorRankingDetails.manifest.asOf).toBe('2017-01-01');
    expect(now.data!.actorRankingDetails.manifest.asOf).toBeNull();

    const early = await t.gql<{ initiativeRanking: Ranked }>(INITIATIVES, { asOf: '2015-02-15' });
    const late = await t.gql<{ initiativeRanking: Ranked }>(INITIATIVES, {});
    expect(early.errors ?? late.errors).toBeUndefined();
    // on 15 Feb 2015 only b had followed r (the undated amplification counts once both exist)
    expect(score(early.data!.initiativeRanking, `${p}r`)).toBe(1);
    expect(score(early.data!.initiativeRanking, `${p}a`)).toBeUndefined();
    expect(score(late.data!.initiativeRanking, `${p}r`)).toBe(2);
  });

  it('puts a receipt beside a cascade', async () => {
    const r = await t.gql<{ cascade: { size: number; manifest: Manifest } }>(
      `query($root: ID!) { cascade(rootId: $root) { size ${MANIFEST} } }`,
      { root: `${p}r` },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.cascade.size).toBe(4);
    expect(r.data!.cascade.manifest.parameters).toContainEqual({ name: 'rootId', value: `${p}r` });
    expect(r.data!.cascade.manifest.seed).toBeNull();
  });
});
