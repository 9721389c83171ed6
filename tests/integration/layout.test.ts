import { ownedPrefixes, startTestApp, type TestApp } from '../support/app.js';

const IMPORT = `mutation($input: NetworkInput!) { importNetwork(input: $input) { initiatives } }`;
const LAYOUT = `query($filter: SliceFilter, $limit: Int) {
  sliceLayout(filter: $filter, limit: $limit) { positions { id x y } nodeCount edgeCount iterations millis truncated }
}`;
const SLICE = `query($filter: SliceFilter, $limit: Int) { networkSlice(filter: $filter, limit: $limit) { nodes { id } edges { source target } } }`;

interface LayoutAnswer {
  positions: { id: string; x: number; y: number }[];
  nodeCount: number;
  edgeCount: number;
  iterations: number;
  millis: number;
  truncated: boolean;
}

/**
 * Three groups of 12 initiatives; inside a group each amplifies the next two (a dense band), one
 * amplification bridges group 0 to 1 and one 1 to 2; every group shares one actor.
 */
function network(p: string, theme: string) {
  const id = (g: number, i: number) => `${p}g${g}-${i}`;
  const initiatives = [];
  const amplifications = [];
  for (let g = 0; g < 3; g++) {
    for (let i = 0; i < 12; i++) {
      initiatives.push({
        id: id(g, i),
        name: `${p}group ${g} #${i}`,
        themes: [theme],
        startedOn: `201${g}-0${1 + (i % 9)}-01`,
      });
      for (const step of [1, 2])
        if (i + step < 12)
          amplifications.push({ fromInitiativeId: id(g, i), toInitiativeId: id(g, i + step), mode: 'SPREADING' });
    }
  }
  amplifications.push({ fromInitiativeId: id(0, 11), toInitiativeId: id(1, 0), mode: 'BROADENING' });
  amplifications.push({ fromInitiativeId: id(1, 11), toInitiativeId: id(2, 0), mode: 'DEEPENING' });
  const actors = [0, 1, 2].map((g) => ({ id: `${p}actor${g}`, name: `${p}actor ${g}`, kind: 'NGO' }));
  const involvements = [0, 1, 2].flatMap((g) =>
    [0, 4, 8].map((i) => ({ actorId: `${p}actor${g}`, initiativeId: id(g, i) })),
  );
  return { initiatives, actors, amplifications, involvements };
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('server-computed layout of a slice (sliceLayout) against the real Neo4j', () => {
  const owned = ownedPrefixes();
  const p = owned.prefix('layout');
  const THEME = `${p}theme`;
  const filter = { themes: [THEME] };
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    const result = await t.gql(IMPORT, { input: network(p, THEME) });
    expect(result.errors).toBeUndefined();
  });
  afterAll(async () => {
    await t.close();
    await owned.cleanup();
  });

  async function layout(limit = 500): Promise<LayoutAnswer> {
    const result = await t.gql<{ sliceLayout: LayoutAnswer }>(LAYOUT, { filter, limit });
    expect(result.errors).toBeUndefined();
    return result.data!.sliceLayout;
  }

  it('places every node of the slice, at finite and distinct points, with connected nodes closer than others', async () => {
    const answer = await layout();
    const slice = await t.gql<{
      networkSlice: { nodes: { id: string }[]; edges: { source: string; target: string }[] };
    }>(SLICE, { filter, limit: 500 });
    const { nodes, edges } = slice.data!.networkSlice;
    expect(nodes).toHaveLength(36 + 3);
    expect(answer.positions.map((q) => q.id)).toEqual(nodes.map((n) => n.id));
    expect(answer).toMatchObject({ nodeCount: 39, edgeCount: edges.length, truncated: false });
    expect(answer.iterations).toBeGreaterThan(0);
    for (const q of answer.positions) {
      expect(Number.isFinite(q.x)).toBe(true);
      expect(Number.isFinite(q.y)).toBe(true);
    }
    expect(new Set(answer.positions.map((q) => `${q.x},${q.y}`)).size).toBe(39);

    const at = new Map(answer.positions.map((q) => [q.id, q]));
    const tied = edges.map((e) => distance(at.get(e.source)!, at.get(e.target)!));
    const all: number[] = [];
    for (let i = 0; i < answer.positions.length; i++)
      for (let j = i + 1; j < answer.positions.length; j++)
        all.push(distance(answer.positions[i]!, answer.positions[j]!));
    expect(mean(tied)).toBeLessThan(0.5 * mean(all));

    // the three groups stay apart: within a group closer than across groups
    const group = (id: string) => /g(\d)-/.exec(id)?.[1];
    const initiatives = answer.positions.filter((q) => group(q.id) !== undefined);
    const within: number[] = [];
    const across: number[] = [];
    for (let i = 0; i < initiatives.length; i++)
      for (let j = i + 1; j < initiatives.length; j++) {
        const a = initiatives[i]!;
        const b = initiatives[j]!;
        (group(a.id) === group(b.id) ? within : across).push(distance(a, b));
      }
    expect(mean(within)).toBeLessThan(0.6 * mean(across));
  });

  it('is the same for the same data, and is computed anew after a write that changes the slice', async () => {
    const first = await layout();
    // an unrelated write invalidates the cache: the layout is recomputed, and comes out the same
    expect(
      (
        await t.gql(IMPORT, {
          input: { initiatives: [{ id: `${p}other`, name: `${p}other`, themes: [`${p}elsewhere`] }] },
        })
      ).errors,
    ).toBeUndefined();
    const again = await layout();
    expect(again.positions).toEqual(first.positions);

    // a new initiative in the slice gets a place next to the one it is tied to
    const input = {
      initiatives: [{ id: `${p}new`, name: `${p}new`, themes: [THEME] }],
      amplifications: [{ fromInitiativeId: `${p}g2-11`, toInitiativeId: `${p}new`, mode: 'SPREADING' }],
    };
    expect((await t.gql(IMPORT, { input })).errors).toBeUndefined();
    const grown = await layout();
    expect(grown.nodeCount).toBe(40);
    const at = new Map(grown.positions.map((q) => [q.id, q]));
    const fresh = at.get(`initiative:${p}new`)!;
    const toAmplifier = distance(fresh, at.get(`initiative:${p}g2-11`)!);
    const toOthers = mean(grown.positions.filter((q) => q !== fresh).map((q) => distance(fresh, q)));
    expect(toAmplifier).toBeLessThan(toOthers);
  });

  it('follows the filter and the limit of the slice, and says when the limit cut it short', async () => {
    const noActors = await t.gql<{ sliceLayout: LayoutAnswer }>(LAYOUT, {
      filter: { ...filter, includeActors: false },
      limit: 500,
    });
    expect(noActors.data!.sliceLayout.positions.every((q) => q.id.startsWith('initiative:'))).toBe(true);
    const cut = await layout(10);
    expect(cut).toMatchObject({ nodeCount: 10, truncated: true });
    expect(cut.positions).toHaveLength(10);
  });

  it('answers the slice with its positions, the same as networkSlice with the same filter and limit', async () => {
    const fields = `truncated nodes { id entityId kind label actorKind region startedOn status themes }
      edges { id kind source target mode weight role on evidence confidence }`;
    const together = await t.gql<{ sliceLayout: { positions: { id: string }[]; slice: unknown } }>(
      `query($filter: SliceFilter, $limit: Int) { sliceLayout(filter: $filter, limit: $limit) { positions { id } slice { ${fields} } } }`,
      { filter, limit: 30 },
    );
    expect(together.errors).toBeUndefined();
    const alone = await t.gql<{ networkSlice: { nodes: { id: string }[] } }>(
      `query($filter: SliceFilter, $limit: Int) { networkSlice(filter: $filter, limit: $limit) { ${fields} } }`,
      { filter, limit: 30 },
    );
    expect(together.data!.sliceLayout.slice).toEqual(alone.data!.networkSlice);
    // every node of that slice has its position, in the slice's order
    expect(together.data!.sliceLayout.positions.map((q) => q.id)).toEqual(
      alone.data!.networkSlice.nodes.map((n) => n.id),
    );
    expect(alone.data!.networkSlice.nodes).toHaveLength(30);
  });

  it('says what is wrong with a bad limit or date range, and where', async () => {
    const bad = await t.gql(LAYOUT, { filter, limit: 0 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('limit');
    const backwards = await t.gql(LAYOUT, { filter: { ...filter, from: '2020-01-01', to: '2010-01-01' }, limit: 50 });
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
