import type { AmplificationMode } from '../../../domain/network.types.js';
import { bfs, MODE_NAMES, modeMask, resetScratch, type AmplificationIndex } from './cascade-index.js';
import { coreMeasures, type CoreMeasures, type ModeCounts } from './cascade-measures.js';
import { compareText as cmp, countInto, countsOf, shannonEntropy, type NameCount } from './core/counts.js';
import { UnknownInitiativeError } from './core/errors.js';
import type { NetworkProjection } from './projection.js';

/**
 * Cascades on the amplification graph A (docs/architecture.md, docs/api-contract.graphql `Cascade`). Pure functions over a
 * `NetworkProjection`: build the index once with `buildAmplificationIndex` (cascade-index.ts), then
 * ask for as many cascades as needed; the measures every cascade has are in cascade-measures.ts.
 */

export { buildAmplificationIndex, modeMask, type AmplificationIndex } from './cascade-index.js';
export type { ModeCounts } from './cascade-measures.js';

export interface AdoptionPoint {
  /** YYYY-MM */
  month: string;
  joined: number;
  cumulative: number;
}

export interface CascadeResult {
  rootId: string;
  size: number;
  depth: number;
  maxBreadth: number;
  generations: number[];
  structuralVirality: number;
  regionsReached: number;
  /** count desc, name asc */
  regions: NameCount[];
  /** count desc, name asc (an initiative counts once for each theme it addresses) */
  themes: NameCount[];
  /** Shannon entropy (bits) of the distribution of cascade initiatives over regions (initiatives without a region left out) */
  regionEntropy: number;
  /** Shannon entropy (bits) of the distribution of (initiative, theme) pairs over themes */
  themeEntropy: number;
  byMode: ModeCounts;
  /**
   * timeToGeneration[d] = days from the root's startedOn to the earliest date among generation d,
   * where an initiative's date is its startedOn, or, when it has none, the earliest date of an
   * amplification edge (of the chosen modes) into it from a cascade initiative one generation
   * closer to the root. null when the root has no startedOn or no initiative of generation d has
   * a date. May be negative when the data says a follower started before its root.
   */
  timeToGeneration: (number | null)[];
  /** initiatives by startedOn month, every month from the first to the last (gaps with joined 0); undated initiatives left out */
  adoptionCurve: AdoptionPoint[];
  /** by generation, then id */
  nodes: { id: string; generation: number; name: string; region: string | null; startedOn: string | null }[];
  /** edges of the chosen modes with both ends in the cascade, by from, to, mode */
  edges: { from: string; to: string; mode: AmplificationMode; on: string | null }[];
}

const DAY_MS = 86_400_000;
function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

function monthAfter(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12
    ? `${String(year + 1).padStart(4, '0')}-01`
    : `${month.slice(0, 4)}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * The day an initiative joined (see CascadeResult.timeToGeneration): its startedOn, else the
 * earliest dated edge of the mask into it from the generation before; null when neither.
 */
function joinDay(index: AmplificationIndex, u: number, mask: number): number | null {
  const { scratch, initiatives, inStart, inTarget, inMode, inOn } = index;
  const g = scratch[u]!;
  const started = initiatives[u]!.startedOn;
  if (started) return dayNumber(started);
  let day: number | null = null;
  if (g === 0) return day;
  for (let e = inStart[u]!; e < inStart[u + 1]!; e++) {
    const date = inOn[e];
    if ((inMode[e]! & mask) === 0 || !date || scratch[inTarget[e]!] !== g - 1) continue;
    const d = dayNumber(date);
    if (day === null || d < day) day = d;
  }
  return day;
}

function timeToGeneration(
  index: AmplificationIndex,
  core: CoreMeasures,
  root: number,
  mask: number,
): (number | null)[] {
  const earliest: (number | null)[] = core.generations.map(() => null);
  for (const u of core.order) {
    const g = index.scratch[u]!;
    const day = joinDay(index, u, mask);
    if (day !== null && Number.isFinite(day)) {
      const current = earliest[g];
      if (current === null || current === undefined || day < current) earliest[g] = day;
    }
  }
  const rootStart = index.initiatives[root]!.startedOn;
  const rootDay = rootStart ? dayNumber(rootStart) : null;
  return earliest.map((day) => (rootDay === null || day === null || !Number.isFinite(rootDay) ? null : day - rootDay));
}

function adoptionCurve(index: AmplificationIndex, order: readonly number[]): AdoptionPoint[] {
  const byMonth = new Map<string, number>();
  for (const u of order) countInto(byMonth, index.initiatives[u]!.startedOn?.slice(0, 7));
  const curve: AdoptionPoint[] = [];
  const months = [...byMonth.keys()].sort();
  if (months.length === 0) return curve;
  let cumulative = 0;
  const last = months[months.length - 1]!;
  for (let month = months[0]!; ; month = monthAfter(month)) {
    const joined = byMonth.get(month) ?? 0;
    cumulative += joined;
    curve.push({ month, joined, cumulative });
    if (month >= last) break;
  }
  return curve;
}

function cascadeNodes(index: AmplificationIndex, order: readonly number[]): CascadeResult['nodes'] {
  const { initiatives, ids, scratch } = index;
  return order
    .map((u) => {
      const node = initiatives[u]!;
      return { id: ids[u]!, generation: scratch[u]!, name: node.name, region: node.region, startedOn: node.startedOn };
    })
    .sort((a, b) => a.generation - b.generation || cmp(a.id, b.id));
}

function cascadeEdges(index: AmplificationIndex, order: readonly number[], mask: number): CascadeResult['edges'] {
  const { ids, scratch, outStart, outTarget, outMode, outOn } = index;
  const edges: CascadeResult['edges'] = [];
  for (const u of order) {
    for (let e = outStart[u]!; e < outStart[u + 1]!; e++) {
      if ((outMode[e]! & mask) === 0 || scratch[outTarget[e]!] === -1) continue;
      edges.push({ from: ids[u]!, to: ids[outTarget[e]!]!, mode: MODE_NAMES[outMode[e]!]!, on: outOn[e] ?? null });
    }
  }
  return edges.sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to) || cmp(a.mode, b.mode));
}

/** The cascade of `rootId` along A's edges of the chosen modes (omitted or empty = all). */
export function computeCascade(
  index: AmplificationIndex,
  rootId: string,
  modes?: readonly AmplificationMode[] | null,
): CascadeResult {
  const root = index.indexOf.get(rootId);
  if (root === undefined) throw new UnknownInitiativeError(rootId);
  const mask = modeMask(modes);
  const order = bfs(index, root, mask);
  try {
    const core = coreMeasures(index, order, mask);
    const regions = new Map<string, number>();
    const themes = new Map<string, number>();
    for (const u of order) {
      const node = index.initiatives[u]!;
      countInto(regions, node.region);
      for (const theme of new Set(node.themes)) themes.set(theme, (themes.get(theme) ?? 0) + 1);
    }
    return {
      rootId,
      size: order.length,
      depth: core.depth,
      maxBreadth: core.maxBreadth,
      generations: core.generations,
      structuralVirality: core.structuralVirality,
      regionsReached: core.regionsReached,
      regions: countsOf(regions),
      themes: countsOf(themes),
      regionEntropy: shannonEntropy([...regions.values()]),
      themeEntropy: shannonEntropy([...themes.values()]),
      byMode: core.byMode,
      timeToGeneration: timeToGeneration(index, core, root, mask),
      adoptionCurve: adoptionCurve(index, order),
      nodes: cascadeNodes(index, order),
      edges: cascadeEdges(index, order, mask),
    };
  } finally {
    resetScratch(index, order);
  }
}

export type CascadeSortBy = 'SIZE' | 'DEPTH' | 'STRUCTURAL_VIRALITY' | 'REGIONS_REACHED';

export interface ListCascadesOptions {
  modes?: readonly AmplificationMode[] | null;
  /** root's region */
  region?: string | null;
  /** a theme the root addresses */
  theme?: string | null;
  /** root's startedOn >= from (YYYY-MM-DD); roots without startedOn are left out when from/to is given */
  from?: string | null;
  /** root's startedOn <= to */
  to?: string | null;
  sortBy: CascadeSortBy;
  first: number;
  /** smallest cascade size listed; default 2 (only roots that amplified at least once) */
  minSize?: number | null;
}

export interface CascadeSummary {
  rootId: string;
  size: number;
  depth: number;
  maxBreadth: number;
  structuralVirality: number;
  regionsReached: number;
  byMode: ModeCounts;
  /** '1', '2–4', '5–9', '10–19', '20–49', '50–99', '100+': compare cascades within one bin (Juul & Ugander 2021) */
  sizeBin: string;
}

export const SIZE_BINS = ['1', '2–4', '5–9', '10–19', '20–49', '50–99', '100+'] as const;
export function sizeBin(size: number): string {
  if (size >= 100) return '100+';
  if (size >= 50) return '50–99';
  if (size >= 20) return '20–49';
  if (size >= 10) return '10–19';
  if (size >= 5) return '5–9';
  if (size >= 2) return '2–4';
  return '1';
}

/** true when r is a root (no incoming edge of the mask) that passes the options' root filters */
function isListedRoot(index: AmplificationIndex, r: number, mask: number, options: ListCascadesOptions): boolean {
  const { initiatives, inStart, inMode, outStart, outMode } = index;
  for (let e = inStart[r]!; e < inStart[r + 1]!; e++) if ((inMode[e]! & mask) !== 0) return false;
  let hasOut = false;
  for (let e = outStart[r]!; e < outStart[r + 1]! && !hasOut; e++) hasOut = (outMode[e]! & mask) !== 0;
  if (!hasOut && (options.minSize ?? 2) > 1) return false;
  const node = initiatives[r]!;
  if (options.region != null && node.region !== options.region) return false;
  if (options.theme != null && !node.themes.includes(options.theme)) return false;
  if (options.from != null || options.to != null) {
    if (!node.startedOn) return false;
    if (options.from != null && node.startedOn < options.from) return false;
    if (options.to != null && node.startedOn > options.to) return false;
  }
  return true;
}

function sortKey(sortBy: CascadeSortBy, c: CascadeSummary): number {
  switch (sortBy) {
    case 'SIZE':
      return c.size;
    case 'DEPTH':
      return c.depth;
    case 'STRUCTURAL_VIRALITY':
      return c.structuralVirality;
    case 'REGIONS_REACHED':
      return c.regionsReached;
  }
}

/**
 * Cascades of all roots: initiatives with no incoming amplification of the chosen modes, filtered
 * by the root's region / theme / startedOn range and by size >= minSize (default 2, i.e. roots
 * with at least one outgoing edge of the chosen modes). Sorted descending by `sortBy`, ties by
 * root id ascending; the first `first`.
 */
export function listCascades(
  index: AmplificationIndex,
  /** unused: the index carries the initiatives it was built from (kept for a stable signature) */
  _projection: NetworkProjection,
  options: ListCascadesOptions,
): CascadeSummary[] {
  const mask = modeMask(options.modes);
  const minSize = options.minSize ?? 2;
  const results: CascadeSummary[] = [];
  for (let r = 0; r < index.ids.length; r++) {
    if (!isListedRoot(index, r, mask, options)) continue;
    const order = bfs(index, r, mask);
    try {
      if (order.length < minSize) continue;
      const core = coreMeasures(index, order, mask);
      results.push({
        rootId: index.ids[r]!,
        size: order.length,
        depth: core.depth,
        maxBreadth: core.maxBreadth,
        structuralVirality: core.structuralVirality,
        regionsReached: core.regionsReached,
        byMode: core.byMode,
        sizeBin: sizeBin(order.length),
      });
    } finally {
      resetScratch(index, order);
    }
  }
  results.sort((a, b) => sortKey(options.sortBy, b) - sortKey(options.sortBy, a) || cmp(a.rootId, b.rootId));
  return results.slice(0, Math.max(0, options.first));
}
