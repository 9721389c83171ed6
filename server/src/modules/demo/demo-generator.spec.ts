import {
  ACTOR_KINDS,
  AMPLIFICATION_MODES,
  CHARACTERISTICS,
  INITIATIVE_STATUSES,
  type AmplificationMode,
  type InitiativeInput,
} from '../../domain/network.types.js';
import { validateNetworkInput } from '../network/utils/validate-network.js';
import {
  DEMO_DEFAULT_INITIATIVES,
  DEMO_DEFAULT_SEED,
  DEMO_DESCRIPTION_PREFIX,
  DEMO_PROVINCES,
  DEMO_THEMES,
  generateDemoNetwork,
} from './demo-generator.js';
import {
  byId,
  cascades,
  componentSizes,
  importProblems,
  isolatedInitiatives,
  sections,
  share,
  type Net,
} from './demo-checks.spec-helper.js';

// ------------------------------------------------------------------ the tests

describe('generateDemoNetwork', () => {
  const demo = sections(generateDemoNetwork());
  const large = sections(generateDemoNetwork({ initiatives: 10_000 }));

  describe('determinism', () => {
    it('gives byte-identical JSON for the same seed and size', () => {
      expect(JSON.stringify(generateDemoNetwork({ seed: 7, initiatives: 500 }))).toBe(
        JSON.stringify(generateDemoNetwork({ seed: 7, initiatives: 500 })),
      );
      expect(JSON.stringify(generateDemoNetwork())).toBe(JSON.stringify(demo));
    });

    it('uses the default seed and size when none is given', () => {
      expect(demo.initiatives).toHaveLength(DEMO_DEFAULT_INITIATIVES);
      expect(DEMO_DEFAULT_INITIATIVES).toBe(300);
      expect(JSON.stringify(generateDemoNetwork({ seed: DEMO_DEFAULT_SEED, initiatives: 300 }))).toBe(
        JSON.stringify(demo),
      );
    });

    it('gives different networks for different seeds', () => {
      const a = generateDemoNetwork({ seed: 1, initiatives: 300 });
      const b = generateDemoNetwork({ seed: 2, initiatives: 300 });
      expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
      expect(a.initiatives?.map((i) => i.name)).not.toEqual(b.initiatives?.map((i) => i.name));
    });

    it('rejects a size or seed it cannot use', () => {
      expect(() => generateDemoNetwork({ initiatives: -1 })).toThrow(RangeError);
      expect(() => generateDemoNetwork({ initiatives: 2.5 })).toThrow(RangeError);
      expect(() => generateDemoNetwork({ seed: Number.NaN })).toThrow(RangeError);
    });
  });

  describe('validity under the import rules', () => {
    it('the checker in this file finds broken input (so a clean result means something)', () => {
      const broken = sections(generateDemoNetwork({ initiatives: 60 }));
      const [first, second] = broken.initiatives;
      const [amp] = broken.amplifications;
      const [infl] = broken.influences;
      const [involvement] = broken.involvements;
      if (!first || !second || !amp || !infl || !involvement) throw new Error('the sample is too small');
      broken.initiatives.push({ ...first });
      broken.initiatives.push({ ...second, id: 'ini-x', name: ' ', startedOn: '2023-02-29' });
      broken.amplifications.push(
        { ...amp },
        { ...amp, toInitiativeId: amp.fromInitiativeId },
        { ...amp, toInitiativeId: 'nope' },
      );
      broken.influences.push({ ...infl, toActorId: infl.fromActorId, weight: 0 });
      broken.involvements.push({ ...involvement });
      const problems = importProblems(broken);
      expect(problems.join('\n')).toMatch(/initiatives\[\d+\]\.id: duplicate/);
      expect(problems.join('\n')).toMatch(/\.name: empty/);
      expect(problems.join('\n')).toMatch(/bad date "2023-02-29"/);
      expect(problems.join('\n')).toMatch(/amplifications\[\d+\]: self-loop/);
      expect(problems.join('\n')).toMatch(/unknown initiative nope/);
      expect(problems.join('\n')).toMatch(/influences\[\d+\]\.weight: 0/);
      expect(problems.join('\n')).toMatch(/involvements\[\d+\]: duplicate/);
    });

    it.each([
      ['the default demo', () => demo],
      ['10,000 initiatives', () => large],
      ['seed 99', () => generateDemoNetwork({ seed: 99, initiatives: 800 })],
      ['tiny sizes', () => generateDemoNetwork({ initiatives: 7 })],
    ])('%s satisfies every rule', (_, make) => {
      const net = make();
      expect(importProblems(net)).toEqual([]);
      // and the server's own validator agrees, with no reference left for the database to resolve
      const result = validateNetworkInput(net);
      expect(result.problems).toEqual([]);
      expect(result.external.initiatives.size + result.external.actors.size).toBe(0);
    });

    it.each([0, 1, 2, 5, 39, 40, 149, 150, 301])('makes exactly %i initiatives, all valid', (n) => {
      const net = generateDemoNetwork({ initiatives: n, seed: n });
      expect(net.initiatives).toHaveLength(n);
      expect(importProblems(net)).toEqual([]);
    });
  });

  describe('initiatives', () => {
    it('have padded ids, synthetic descriptions, a province, 1–2 of the themes and a start in 2012–2025', () => {
      const themes = new Set(DEMO_THEMES.map((t) => t.name));
      const provinces = new Set(DEMO_PROVINCES.map((p) => p.name));
      const wrong = (row: InitiativeInput): string | undefined => {
        const t = row.themes ?? [];
        if (!/^ini-\d{6}$/.test(row.id)) return 'id';
        if (!row.description?.startsWith(DEMO_DESCRIPTION_PREFIX)) return 'description';
        if (!provinces.has(row.region ?? '')) return 'region';
        if (t.length < 1 || t.length > 2 || new Set(t).size !== t.length || !t.every((x) => themes.has(x)))
          return 'themes';
        if (!row.startedOn || row.startedOn < '2012-01-01' || row.startedOn > '2025-12-31') return 'startedOn';
        if (!row.status || !INITIATIVE_STATUSES.includes(row.status)) return 'status';
        if (row.characteristics?.map((c) => c.characteristic).join() !== CHARACTERISTICS.join())
          return 'characteristics';
        if (!row.characteristics.every((c) => (c.evidence?.length ?? 0) > 5)) return 'evidence';
        return undefined;
      };
      const problems = [...demo.initiatives, ...large.initiatives].flatMap((row) => {
        const what = wrong(row);
        return what ? [`${row.id}: ${what}`] : [];
      });
      expect(problems).toEqual([]);
      expect(demo.initiatives[0]?.id).toBe('ini-000001');
    });

    it('lie inside their province', () => {
      const boxes = new Map(DEMO_PROVINCES.map((p) => [p.name, p.bbox]));
      const outside = large.initiatives.filter((row) => {
        const box = boxes.get(row.region ?? '');
        const { latitude: lat, longitude: lon } = row;
        return (
          !box ||
          lat == null ||
          lon == null ||
          lat < box.minLat ||
          lat > box.maxLat ||
          lon < box.minLon ||
          lon > box.maxLon
        );
      });
      expect(outside).toEqual([]);
      // not all in one spot: a province's initiatives spread over its towns
      const utrecht = large.initiatives.filter((i) => i.region === 'Utrecht');
      expect(new Set(utrecht.map((i) => i.longitude!.toFixed(1))).size).toBeGreaterThanOrEqual(5);
    });

    it('cover all 12 provinces, roughly in proportion to population', () => {
      expect(DEMO_PROVINCES).toHaveLength(12);
      expect(new Set(demo.initiatives.map((i) => i.region))).toEqual(new Set(DEMO_PROVINCES.map((p) => p.name)));
      const total = DEMO_PROVINCES.reduce((s, p) => s + p.population, 0);
      for (const net of [demo, large]) {
        for (const p of DEMO_PROVINCES) {
          const count = net.initiatives.filter((i) => i.region === p.name).length;
          const ratio = share(count, net.initiatives.length) / (p.population / total);
          expect(ratio).toBeGreaterThan(net === large ? 0.8 : 0.5);
          expect(ratio).toBeLessThan(net === large ? 1.25 : 1.8);
        }
      }
      const count = (name: string) => demo.initiatives.filter((i) => i.region === name).length;
      expect(count('Zuid-Holland')).toBeGreaterThan(3 * count('Zeeland'));
    });

    it('use all eight themes', () => {
      expect(DEMO_THEMES.map((t) => t.name)).toEqual([
        'energy',
        'food',
        'circular',
        'housing',
        'nature',
        'care',
        'mobility',
        'education',
      ]);
      expect(new Set(demo.initiatives.map((i) => i.themes?.[0]))).toEqual(new Set(DEMO_THEMES.map((t) => t.name)));
    });

    it('are more often embedded or stopped when they are older', () => {
      const settled = (rows: InitiativeInput[]) =>
        share(rows.filter((i) => i.status === 'EMBEDDED' || i.status === 'STOPPED').length, rows.length);
      const old = large.initiatives.filter((i) => i.startedOn! < '2018-01-01');
      const young = large.initiatives.filter((i) => i.startedOn! >= '2023-01-01');
      expect(settled(old)).toBeGreaterThan(settled(young) + 0.25);
      expect(young.filter((i) => i.status === 'IDEA').length).toBeGreaterThan(
        old.filter((i) => i.status === 'IDEA').length,
      );
    });
  });

  describe('actors and involvements', () => {
    it('include every actor kind, one province actor per province and a few national ones', () => {
      expect(new Set(demo.actors.map((a) => a.kind))).toEqual(new Set(ACTOR_KINDS));
      const provinces = demo.actors.filter((a) => a.kind === 'PROVINCE');
      expect(provinces.map((a) => a.region).sort()).toEqual(DEMO_PROVINCES.map((p) => p.name).sort());
      const national = demo.actors.filter((a) => a.kind === 'NATIONAL_GOVERNMENT');
      expect(national.length).toBeGreaterThanOrEqual(2);
      expect(national.length).toBeLessThanOrEqual(10);
      for (const a of demo.actors) {
        expect(a.id).toMatch(/^act-\d{6}$/);
        expect(a.name).toMatch(/\(synthetic\)$/);
      }
      expect(demo.actors.find((a) => a.kind === 'MUNICIPALITY')?.name).toMatch(/^Gemeente .+ \(synthetic\)$/);
      const count = (kind: string) => large.actors.filter((a) => a.kind === kind).length;
      expect(count('CITIZEN_COLLECTIVE')).toBeGreaterThan(count('KNOWLEDGE_INSTITUTE'));
      expect(count('BUSINESS')).toBeGreaterThan(count('INTERMEDIARY'));
    });

    it('number about 0.8 per initiative', () => {
      for (const net of [demo, large]) {
        expect(share(net.actors.length, net.initiatives.length)).toBeGreaterThan(0.65);
        expect(share(net.actors.length, net.initiatives.length)).toBeLessThan(0.95);
      }
    });

    it('give every initiative 1–4 actors, mostly of its own province, from its start on', () => {
      const initiatives = byId(large);
      const actors = new Map(large.actors.map((a) => [a.id, a]));
      const roles = new Set(['lead', 'partner', 'funder', 'knowledge partner', 'facilitator']);
      const perInitiative = new Map<string, number>();
      const problems: string[] = [];
      let regional = 0;
      let sameRegion = 0;
      for (const v of large.involvements) {
        perInitiative.set(v.initiativeId, (perInitiative.get(v.initiativeId) ?? 0) + 1);
        const initiative = initiatives.get(v.initiativeId)!;
        if (!v.since || v.since < initiative.startedOn!)
          problems.push(`${v.actorId} in ${v.initiativeId}: since ${v.since}`);
        if (!roles.has(v.role ?? '')) problems.push(`${v.actorId} in ${v.initiativeId}: role ${v.role}`);
        const actor = actors.get(v.actorId)!;
        if (actor.region) {
          regional++;
          if (actor.region === initiative.region) sameRegion++;
        }
      }
      expect(problems).toEqual([]);
      expect(perInitiative.size).toBe(large.initiatives.length);
      expect([...perInitiative.values()].filter((n) => n < 1 || n > 4)).toEqual([]);
      expect(new Set(perInitiative.values())).toEqual(new Set([1, 2, 3, 4]));
      expect(share(sameRegion, regional)).toBeGreaterThan(0.8);
      // every actor works somewhere
      expect(new Set(large.involvements.map((v) => v.actorId)).size).toBe(large.actors.length);
    });

    it('influence each other with weights 0.5–5, no self-loops, once per ordered pair', () => {
      expect(demo.influences.length).toBeGreaterThan(0.5 * demo.actors.length);
      for (const net of [demo, large]) {
        const pairs = new Set(net.influences.map((f) => `${f.fromActorId}>${f.toActorId}`));
        expect(pairs.size).toBe(net.influences.length);
        expect(net.influences.filter((f) => f.fromActorId === f.toActorId)).toEqual([]);
        expect(net.influences.filter((f) => f.weight == null || f.weight < 0.5 || f.weight > 5)).toEqual([]);
      }
    });
  });

  describe('amplification', () => {
    const modeCheck = (
      net: Net,
      mode: AmplificationMode,
      rule: (from: InitiativeInput, to: InitiativeInput) => boolean,
    ) => {
      const initiatives = byId(net);
      const edges = net.amplifications.filter((a) => a.mode === mode);
      const holds = edges.filter((a) => rule(initiatives.get(a.fromInitiativeId)!, initiatives.get(a.toInitiativeId)!));
      return { edges: edges.length, share: share(holds.length, edges.length) };
    };

    it.each([
      [
        'DEEPENING',
        0.85,
        (a: InitiativeInput, b: InitiativeInput) => a.region === b.region && a.themes?.[0] === b.themes?.[0],
      ],
      ['BROADENING', 0.95, (a: InitiativeInput, b: InitiativeInput) => a.themes?.[0] !== b.themes?.[0]],
      [
        'SPREADING',
        0.95,
        (a: InitiativeInput, b: InitiativeInput) => a.region !== b.region && b.themes!.includes(a.themes![0]!),
      ],
    ] as const)('%s is present and keeps its regional/thematic rule (≥ %p of edges)', (mode, min, rule) => {
      for (const net of [demo, large]) {
        const { edges, share: holds } = modeCheck(net, mode, rule);
        expect(edges).toBeGreaterThan(net.initiatives.length / 20);
        expect(holds).toBeGreaterThanOrEqual(min);
      }
    });

    it('runs forward in time: the source started before the target, on ≥ the target start', () => {
      for (const net of [demo, large]) {
        const initiatives = byId(net);
        const backwards = net.amplifications.filter((a) => {
          const from = initiatives.get(a.fromInitiativeId)!;
          const to = initiatives.get(a.toInitiativeId)!;
          return !(from.startedOn! < to.startedOn!) || !a.on || a.on < to.startedOn!;
        });
        expect(backwards).toEqual([]);
      }
    });

    it('carries evidence, a confidence of 0.5–1 and 1–2 mechanisms, mostly the ones Schagen et al. found', () => {
      const expected: Record<AmplificationMode, string> = {
        DEEPENING: 'LEARNING_BY_DOING',
        BROADENING: 'PARTNERING',
        SPREADING: 'PROFESSIONALISATION',
      };
      const wrong = large.amplifications.filter((a) => {
        const m = a.mechanisms ?? [];
        const c = a.confidence ?? -1;
        return (
          (a.evidence?.length ?? 0) <= 10 ||
          c < 0.5 ||
          c > 1 ||
          m.length < 1 ||
          m.length > 2 ||
          new Set(m).size !== m.length
        );
      });
      expect(wrong).toEqual([]);
      for (const mode of AMPLIFICATION_MODES) {
        const counts = new Map<string, number>();
        const edges = large.amplifications.filter((a) => a.mode === mode);
        for (const a of edges) for (const m of a.mechanisms ?? []) counts.set(m, (counts.get(m) ?? 0) + 1);
        const [top] = [...counts].sort((x, y) => y[1] - x[1]);
        expect(top?.[0]).toBe(expected[mode]);
        expect(share(counts.get(expected[mode]) ?? 0, edges.length)).toBeGreaterThan(0.6);
      }
    });

    it('forms a few large cascades, broadcast-like and chain-like, and many small ones', () => {
      for (const net of [demo, large]) {
        const all = cascades(net);
        const big = all.filter((c) => c.size >= 20);
        expect(all[0]!.size).toBeGreaterThanOrEqual(20);
        // broadcast-like: most of the cascade hangs directly from the root
        expect(big.some((c) => c.rootChildren >= 0.4 * c.size && c.depth <= 5)).toBe(true);
        // chain-like: deep, with few direct follow-ups of the root
        expect(big.some((c) => c.depth >= 8 && c.rootChildren <= 0.15 * c.size)).toBe(true);
        const small = all.filter((c) => c.size <= 5).length;
        expect(small).toBeGreaterThan(3 * big.length);
      }
    });
  });

  describe('ties between initiatives (graph T)', () => {
    it.each([
      ['the default demo', () => demo],
      ['10,000 initiatives', () => large],
      ['seed 5, 2,000 initiatives', () => sections(generateDemoNetwork({ seed: 5, initiatives: 2000 }))],
    ])('%s has 5–8%% isolated initiatives', (_, make) => {
      const net = make();
      const isolated = isolatedInitiatives(net);
      expect(share(isolated.size, net.initiatives.length)).toBeGreaterThanOrEqual(0.05);
      expect(share(isolated.size, net.initiatives.length)).toBeLessThanOrEqual(0.08);
    });

    it('has one large component, a few small ones and the isolates', () => {
      for (const net of [demo, large]) {
        const sizes = componentSizes(net);
        expect(sizes[0]!).toBeGreaterThan(0.8 * net.initiatives.length);
        const small = sizes.filter((s) => s >= 2 && s <= 6).length;
        expect(small).toBeGreaterThanOrEqual(2);
        expect(small).toBeLessThan(0.03 * net.initiatives.length);
        expect(sizes.filter((s) => s === 1)).toHaveLength(isolatedInitiatives(net).size);
      }
    });
  });

  describe('outcomes and barriers', () => {
    it('has outcomes of several kinds, dated from the initiative start on', () => {
      const initiatives = byId(demo);
      expect(demo.outcomes.length).toBeGreaterThan(0.2 * demo.initiatives.length);
      expect(new Set(demo.outcomes.map((o) => o.kind)).size).toBeGreaterThanOrEqual(5);
      for (const o of demo.outcomes) {
        expect(o.name?.trim()).toBeTruthy();
        if (o.on) expect(o.on >= initiatives.get(o.initiativeId)!.startedOn!).toBe(true);
      }
    });

    it('has barriers faced, and some overcome with a date', () => {
      const initiatives = byId(demo);
      const overcome = demo.barriers.filter((b) => b.overcome);
      const faced = demo.barriers.filter((b) => !b.overcome);
      expect(overcome.length).toBeGreaterThan(10);
      expect(faced.length).toBeGreaterThan(10);
      for (const b of overcome) expect(b.on! > initiatives.get(b.initiativeId)!.startedOn!).toBe(true);
      for (const b of faced) expect(b.on).toBeUndefined();
      // the characteristic "friction overcome" agrees with the barriers
      const overcameSome = new Set(overcome.map((b) => b.initiativeId));
      for (const i of demo.initiatives) {
        const friction = i.characteristics?.find((c) => c.characteristic === 'FRICTION_OVERCOME')?.score ?? -1;
        expect(friction >= 2).toBe(overcameSome.has(i.id));
      }
    });
  });

  describe('size', () => {
    it('generates 10,000 initiatives with the same proportions', () => {
      // how long it takes is measured by `npm run bench`, not asserted here
      const net = sections(generateDemoNetwork({ initiatives: 10_000, seed: 3 }));
      expect(net.initiatives).toHaveLength(10_000);
      expect(net.initiatives[9999]?.id).toBe('ini-010000');
      expect(share(net.involvements.length, net.initiatives.length)).toBeGreaterThan(2);
      expect(share(net.amplifications.length, net.initiatives.length)).toBeGreaterThan(0.4);
      expect(share(net.amplifications.length, net.initiatives.length)).toBeLessThan(0.8);
      expect(share(demo.amplifications.length, demo.initiatives.length)).toBeGreaterThan(0.4);
      expect(share(demo.amplifications.length, demo.initiatives.length)).toBeLessThan(0.8);
    });
  });
});
