// The radar's pure logic: regions worst first, the reasons worded, and the drawing of an
// isolate with a suggested partner (two neighbourhood answers merged). Unit-tested without React.
import type { ElementDefinition } from 'cytoscape';
import type { RadarIsolatesQuery, RadarRegionsQuery } from '../../api/generated/graphql';
import { sliceToElements, type Slice, type SliceNode } from '../../graph/elements';
import { humanize, type Translate } from '../../i18n';

export type RegionSummary = RadarRegionsQuery['tieStructure']['regions'][number];

/** Share of a region's initiatives that have no tie (0 for an empty region). */
export function isolateShare(r: Pick<RegionSummary, 'isolates' | 'initiatives'>): number {
  return r.initiatives > 0 ? r.isolates / r.initiatives : 0;
}

/** 0.0834 → "8%"; between 0 and 1% with one decimal, so a small share does not read as none. */
export function percent(share: number): string {
  const p = share * 100;
  return `${p > 0 && p < 1 ? p.toFixed(1) : Math.round(p)}%`;
}

/** Regions that need attention first: most isolates, then the larger isolate share, then by name. */
export function regionsWorstFirst(regions: readonly RegionSummary[]): RegionSummary[] {
  return [...regions].sort(
    (a, b) => b.isolates - a.isolates || isolateShare(b) - isolateShare(a) || a.region.localeCompare(b.region),
  );
}

/** Isolation reports by initiative name (then id), so a long list can be scanned. */
export function byInitiativeName<T extends { initiative: { id: string; name: string } }>(reports: readonly T[]): T[] {
  return [...reports].sort(
    (a, b) => a.initiative.name.localeCompare(b.initiative.name) || a.initiative.id.localeCompare(b.initiative.id),
  );
}

/** The node id the graph API gives an initiative. */
export function initiativeNode(id: string): string {
  return `initiative:${id}`;
}

/** A reason of a suggestion as the API gives it: a value of the SuggestionReason union. */
export type ReasonDetail =
  RadarIsolatesQuery['isolatedInitiatives'][number]['suggestions'][number]['reasonDetails'][number];

/** How a reason is drawn (its CSS class `radar-reason-<kind>`). */
export type ReasonKind = 'common' | 'influence' | 'themeElsewhere' | 'themeSameRegion' | 'theme' | 'barrier';

/**
 * A reason in the reader's language: its kind and its sentence. A shared theme names the partner's
 * region when that is another region, says "the same region" when both lie in one.
 */
export function phraseReason(reason: ReasonDetail, t: Translate): { kind: ReasonKind; text: string } {
  switch (reason.__typename) {
    case 'CommonPartnersReason':
      return {
        kind: 'common',
        text: reason.count === 1 ? t('radar.reason.common1') : t('radar.reason.common', { n: reason.count }),
      };
    case 'ActorInfluenceReason':
      return {
        kind: 'influence',
        text: t('radar.reason.influence', { here: reason.actorHere, there: reason.actorThere }),
      };
    case 'SharedThemeReason':
      if (reason.region !== null)
        return {
          kind: 'themeElsewhere',
          text: t('radar.reason.themeElsewhere', { theme: reason.theme, region: reason.region }),
        };
      if (reason.sameRegion)
        return { kind: 'themeSameRegion', text: t('radar.reason.themeSameRegion', { theme: reason.theme }) };
      return { kind: 'theme', text: t('radar.reason.theme', { theme: reason.theme }) };
    case 'BarrierMatchReason':
      return { kind: 'barrier', text: t('radar.reason.barrier', { barrier: humanize(reason.barrier) }) };
  }
}

/**
 * The drawn initiative's role: an isolate, or (with `tied`, its only tie) a weakly tied
 * initiative; the tie, the suggested partner, the other initiatives and the actors around them.
 */
export type DrawnRole = 'isolate' | 'weak' | 'tied' | 'partner' | 'neighbour' | 'actor';

export interface DrawnNode {
  id: string;
  label: string;
  role: DrawnRole;
  region: string | null;
}

function roleOf(node: SliceNode, focus: string, partner: string | null, tied: string | null): DrawnRole {
  if (node.id === focus) return tied === null ? 'isolate' : 'weak';
  if (node.id === tied) return 'tied';
  if (node.id === partner) return 'partner';
  return node.kind === 'ACTOR' ? 'actor' : 'neighbour';
}

const ROLE_ORDER: Record<DrawnRole, number> = { isolate: 0, weak: 0, tied: 1, partner: 2, neighbour: 3, actor: 4 };

/**
 * What the canvas draws, as a list: the isolate (or the weakly tied initiative and then its tie),
 * the partner, then the other initiatives and the actors, by name.
 */
export function drawnNodes(
  slice: Slice,
  focus: string,
  partner: string | null,
  tied: string | null = null,
): DrawnNode[] {
  return slice.nodes
    .map((n) => ({ id: n.id, label: n.label, role: roleOf(n, focus, partner, tied), region: n.region ?? null }))
    .sort(
      (a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.label.localeCompare(b.label) || a.id.localeCompare(b.id),
    );
}

/**
 * The edges that make up the existing tie between two initiatives (node ids): amplifications
 * between them, and the involvements of every actor the slice shows involved in both.
 */
export function tieEdges(slice: Slice, a: string, b: string): Set<string> {
  const ids = new Set<string>();
  const actorsOf = new Map<string, string[]>([
    [a, []],
    [b, []],
  ]);
  for (const e of slice.edges) {
    if ((e.source === a && e.target === b) || (e.source === b && e.target === a)) ids.add(e.id);
    if (e.kind === 'INVOLVED_IN') actorsOf.get(e.target)?.push(e.source);
  }
  const shared = new Set((actorsOf.get(a) ?? []).filter((x) => actorsOf.get(b)?.includes(x)));
  for (const e of slice.edges)
    if (e.kind === 'INVOLVED_IN' && shared.has(e.source) && (e.target === a || e.target === b)) ids.add(e.id);
  return ids;
}

/** Legend entries (region → colour) with the given regions first (the isolate's, the partner's), at most `max`. */
export function legendFirst(
  legend: readonly [string, string][],
  first: readonly (string | null | undefined)[],
  max: number,
): [string, string][] {
  const rank = (region: string) => {
    const i = first.indexOf(region);
    return i === -1 ? first.length : i;
  };
  return [...legend].sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0])).slice(0, max);
}

/** The id of the drawn (not stored) edge that stands for the suggested tie. */
export const SUGGESTED_EDGE = 'suggested-tie';

/**
 * The Cytoscape elements of the radar's drawing: initiatives coloured by region (the reasons
 * often point across regions), the isolated ones with the amber ring, the isolate (or the weakly
 * tied initiative), its tie and the partner marked by `role`, the edges of the existing tie marked
 * `tie: "existing"`, and a dashed edge standing for the suggested tie between focus and partner.
 */
export function radarElements(
  slice: Slice,
  focus: string,
  partner: string | null,
  isolated: ReadonlySet<string>,
  tied: string | null = null,
): ElementDefinition[] {
  const existing = tied === null ? new Set<string>() : tieEdges(slice, focus, tied);
  const elements = sliceToElements(slice, { colourBy: 'region', isolated }).map((el) => {
    const id = String(el.data.id);
    if (el.group !== 'nodes') return existing.has(id) ? { ...el, data: { ...el.data, tie: 'existing' } } : el;
    const role =
      id === focus ? (tied === null ? 'isolate' : 'weak') : id === tied ? 'tied' : id === partner ? 'partner' : '';
    return { ...el, data: { ...el.data, role } };
  });
  const ids = new Set(slice.nodes.map((n) => n.id));
  if (partner !== null && partner !== focus && ids.has(focus) && ids.has(partner))
    elements.push({
      group: 'edges',
      data: { id: SUGGESTED_EDGE, source: focus, target: partner, kind: 'suggested', mode: '', width: 2 },
    });
  return elements;
}
