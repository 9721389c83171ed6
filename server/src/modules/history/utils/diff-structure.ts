import { brokers } from '../../analytics/engine/centrality.js';
import { tieComponents } from '../../analytics/engine/graphs.js';
import type { NetworkProjection } from '../../analytics/engine/projection.js';
import { analyzeTieStructure } from '../../analytics/engine/tie-structure.js';

/** What the network's structure looks like at one point (graph T and the brokers, DOMAIN.md). */
interface Structure {
  initiatives: Map<string, { name: string; region: string | null }>;
  actors: Map<string, { name: string; region: string | null }>;
  isolates: Set<string>;
  /** component number per initiative */
  componentOf: Map<string, number>;
  /** `a|b` with a < b */
  bridges: Set<string>;
  brokers: Set<string>;
}

export interface DiffNodeResult {
  id: string;
  name: string;
  region: string | null;
}

export interface ComponentChangeResult {
  /** initiatives of the joined component (merge) or of the component that fell apart (split) */
  size: number;
  /** sizes of the parts it was made of (merge) or fell into (split), largest first */
  parts: number[];
  /** one initiative of each part, in the order of `parts` */
  representatives: string[];
}

export interface StructureDiffResult {
  isolatesAppeared: DiffNodeResult[];
  isolatesTied: DiffNodeResult[];
  componentsMerged: ComponentChangeResult[];
  componentsSplit: ComponentChangeResult[];
  bridgesGained: [string, string][];
  bridgesLost: [string, string][];
  brokersGained: DiffNodeResult[];
  brokersLost: DiffNodeResult[];
  figures: Record<'isolates' | 'components' | 'bridges' | 'brokers', { before: number; after: number }>;
}

function structureOf(p: NetworkProjection): Structure {
  const ties = tieComponents(p);
  const shape = analyzeTieStructure(p);
  return {
    initiatives: new Map(p.initiatives.map((i) => [i.id, { name: i.name, region: i.region }])),
    actors: new Map(p.actors.map((a) => [a.id, { name: a.name, region: a.region }])),
    isolates: new Set(ties.isolates),
    componentOf: new Map(p.initiatives.map((i, n) => [i.id, ties.componentOf[n]!])),
    bridges: new Set(shape.bridges.map(([a, b]) => `${a}|${b}`)),
    brokers: new Set(brokers(p, undefined).map((b) => b.actorId)),
  };
}

const sorted = (ids: Iterable<string>) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * Components that merged: a component at `to` whose initiatives (those present at both points)
 * were in two or more components at `from`; split is the same the other way round.
 */
function regrouped(a: Map<string, number>, b: Map<string, number>): ComponentChangeResult[] {
  const parts = new Map<number, Map<number, string[]>>();
  for (const [id, cb] of b) {
    const ca = a.get(id);
    if (ca === undefined) continue;
    let byA = parts.get(cb);
    if (!byA) parts.set(cb, (byA = new Map<number, string[]>()));
    const list = byA.get(ca);
    if (list) list.push(id);
    else byA.set(ca, [id]);
  }
  const out: ComponentChangeResult[] = [];
  for (const byA of parts.values()) {
    if (byA.size < 2) continue;
    const groups = [...byA.values()]
      .map((ids) => sorted(ids))
      .sort((x, y) => y.length - x.length || (x[0]! < y[0]! ? -1 : 1));
    out.push({
      size: groups.reduce((n, g) => n + g.length, 0),
      parts: groups.map((g) => g.length),
      representatives: groups.map((g) => g[0]!),
    });
  }
  return out.sort((x, y) => y.size - x.size || (x.representatives[0]! < y.representatives[0]! ? -1 : 1));
}

/**
 * How the structure changed from one projection to another: isolates that appeared and that got
 * tied, components merged and split, bridges of T and brokers gained and lost. Lists are cut at
 * `limit`; the figures count everything.
 */
export function diffStructure(from: NetworkProjection, to: NetworkProjection, limit: number): StructureDiffResult {
  const a = structureOf(from);
  const b = structureOf(to);
  const node = (map: Map<string, { name: string; region: string | null }>, id: string): DiffNodeResult => ({
    id,
    name: map.get(id)?.name ?? id,
    region: map.get(id)?.region ?? null,
  });
  const cut = <T>(list: T[]) => list.slice(0, limit);
  const pair = (key: string) => key.split('|') as [string, string];
  const onlyIn = (x: Set<string>, y: Set<string>) => sorted([...x].filter((v) => !y.has(v)));
  return {
    isolatesAppeared: cut(onlyIn(b.isolates, a.isolates).map((id) => node(b.initiatives, id))),
    isolatesTied: cut(
      sorted([...a.isolates].filter((id) => b.initiatives.has(id) && !b.isolates.has(id))).map((id) =>
        node(b.initiatives, id),
      ),
    ),
    componentsMerged: cut(regrouped(a.componentOf, b.componentOf)),
    componentsSplit: cut(regrouped(b.componentOf, a.componentOf)),
    bridgesGained: cut(onlyIn(b.bridges, a.bridges).map(pair)),
    bridgesLost: cut(onlyIn(a.bridges, b.bridges).map(pair)),
    brokersGained: cut(onlyIn(b.brokers, a.brokers).map((id) => node(b.actors, id))),
    brokersLost: cut(onlyIn(a.brokers, b.brokers).map((id) => node(a.actors, id))),
    figures: {
      isolates: { before: a.isolates.size, after: b.isolates.size },
      components: { before: new Set(a.componentOf.values()).size, after: new Set(b.componentOf.values()).size },
      bridges: { before: a.bridges.size, after: b.bridges.size },
      brokers: { before: a.brokers.size, after: b.brokers.size },
    },
  };
}
