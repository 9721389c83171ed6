// The explorer's state as URL parameters: pure, so it is unit-tested without React.
import type { AmplificationMode, InitiativeStatus, SliceFilter } from '../api/generated/graphql';
import { COLOUR_BY, LAYOUTS, RENDERERS, type ColourBy, type LayoutName, type RendererChoice } from '../graph/encoding';
import { MODES, STATUSES } from '../domain/values';

export const DEFAULT_LIMIT = 1500;
/** The largest slice the explorer asks for (`limit=` in the URL is clamped to this). */
export const MAX_LIMIT = 10000;
/** Above this many nodes the explorer draws positions computed on the server (the "server" layout). */
export const SERVER_LAYOUT_FROM = 1500;
/**
 * The layout of a link without `layout=`: positions computed on the server (cached per data
 * version, the default views' ones before anyone asks), so a first visit draws at once.
 */
export const DEFAULT_LAYOUT: LayoutName = 'server';

/** The explorer's whole state; it lives in the URL so a view can be shared as a link. */
export interface ExplorerState {
  regions: string[];
  themes: string[];
  modes: AmplificationMode[];
  statuses: InitiativeStatus[];
  from: string | null;
  to: string | null;
  actors: boolean;
  /** selected node id (`initiative:<id>` or `actor:<id>`) */
  selected: string | null;
  /** node ids whose 1-step neighbourhoods (merged) are shown instead of the slice; empty: the slice */
  focus: string[];
  layout: LayoutName;
  colourBy: ColourBy;
  view: 'graph' | 'table';
  /** the network as of this date (YYYY-MM-DD), or null for today */
  asOf: string | null;
  /** at most this many nodes in the slice (DEFAULT_LIMIT … MAX_LIMIT) */
  limit: number;
  /** which Cytoscape renderer draws: 'auto' picks WebGL for large slices where the browser has WebGL2 */
  renderer: RendererChoice;
}

function list(params: URLSearchParams, key: string): string[] {
  return (params.get(key) ?? '').split(',').filter(Boolean);
}
function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((a) => a === value) ?? fallback;
}
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The `limit=` parameter as a whole number within [100, MAX_LIMIT]; DEFAULT_LIMIT when absent or not a number. */
export function parseLimit(value: string | null): number {
  const n = Number(value);
  if (value === null || value === '' || !Number.isFinite(n)) return DEFAULT_LIMIT;
  return Math.min(MAX_LIMIT, Math.max(100, Math.round(n)));
}

export function parseExplorerState(params: URLSearchParams): ExplorerState {
  const from = params.get('from');
  const to = params.get('to');
  const asOf = params.get('asOf');
  return {
    regions: list(params, 'region'),
    themes: list(params, 'theme'),
    modes: list(params, 'mode').filter((m): m is AmplificationMode => MODES.some((x) => x === m)),
    statuses: list(params, 'status').filter((s): s is InitiativeStatus => STATUSES.some((x) => x === s)),
    from: from && DATE.test(from) ? from : null,
    to: to && DATE.test(to) ? to : null,
    actors: params.get('actors') !== '0',
    selected: params.get('sel'),
    focus: [...new Set(list(params, 'focus'))],
    layout: oneOf(params.get('layout'), LAYOUTS, DEFAULT_LAYOUT),
    colourBy: oneOf(params.get('colour'), COLOUR_BY, 'theme'),
    view: params.get('view') === 'table' ? 'table' : 'graph',
    asOf: asOf && DATE.test(asOf) ? asOf : null,
    limit: parseLimit(params.get('limit')),
    renderer: oneOf(params.get('renderer'), RENDERERS, 'auto'),
  };
}

export function sliceFilter(state: ExplorerState): SliceFilter {
  return {
    regions: state.regions,
    themes: state.themes,
    modes: state.modes,
    statuses: state.statuses,
    from: state.from,
    to: state.to,
    includeActors: state.actors,
    asOf: state.asOf,
  };
}

/**
 * The variables of the explorer's one request for its slice with server positions
 * (ExplorerSlice), or null when it shows neighbourhoods (focus) or lays the slice out in the
 * browser: positions are asked for when the server layout is picked (the default), or for a
 * large slice.
 */
export function serverSliceVariables(state: ExplorerState): { filter: SliceFilter; limit: number } | null {
  if (state.focus.length > 0) return null;
  const wanted = state.layout === 'server' || (state.layout === 'fcose' && state.limit > SERVER_LAYOUT_FROM);
  return wanted ? { filter: sliceFilter(state), limit: state.limit } : null;
}

export type ExplorerPatch = Partial<ExplorerState>;

/** The URL parameters after a patch; defaults are left out so links stay short. */
export function writeExplorerState(params: URLSearchParams, patch: ExplorerPatch): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | null, defaultValue = '') => {
    if (value === null || value === defaultValue) next.delete(key);
    else next.set(key, value);
  };
  if (patch.regions) set('region', patch.regions.join(','));
  if (patch.themes) set('theme', patch.themes.join(','));
  if (patch.modes) set('mode', patch.modes.join(','));
  if (patch.statuses) set('status', patch.statuses.join(','));
  if (patch.from !== undefined) set('from', patch.from);
  if (patch.to !== undefined) set('to', patch.to);
  if (patch.actors !== undefined) set('actors', patch.actors ? '1' : '0', '1');
  if (patch.selected !== undefined) set('sel', patch.selected);
  if (patch.focus !== undefined) set('focus', patch.focus.join(','));
  if (patch.layout) set('layout', patch.layout, DEFAULT_LAYOUT);
  if (patch.colourBy) set('colour', patch.colourBy, 'theme');
  if (patch.view) set('view', patch.view, 'graph');
  if (patch.asOf !== undefined) set('asOf', patch.asOf);
  if (patch.limit !== undefined) set('limit', String(patch.limit), String(DEFAULT_LIMIT));
  if (patch.renderer) set('renderer', patch.renderer, 'auto');
  return next;
}

/** A node as the explorer's URL names it: `initiative:<id>` or `actor:<id>`. */
export interface NodeRef {
  kind: 'initiative' | 'actor';
  id: string;
}

/** Where a link from another page into the explorer goes. */
export interface ExplorerTarget {
  /** the nodes whose neighbourhoods are drawn (so they show however large the network is) */
  focus?: readonly NodeRef[];
  /** the node selected: its details open */
  selected?: NodeRef;
  /** actors shown (the explorer's default; said explicitly for a link to an actor) */
  actors?: boolean;
  colourBy?: ColourBy;
}

/**
 * The one way other pages link into the explorer. The link stays readable (`focus=initiative:a,
 * initiative:b&sel=initiative:b`): only the ids are encoded, so `,` and `:` keep their meaning.
 */
export function explorerLink(target: ExplorerTarget): string {
  const node = (n: NodeRef) => `${n.kind}:${encodeURIComponent(n.id)}`;
  const params: string[] = [];
  if (target.focus?.length) params.push(`focus=${target.focus.map(node).join(',')}`);
  if (target.selected) params.push(`sel=${node(target.selected)}`);
  if (target.actors) params.push('actors=1');
  if (target.colourBy) params.push(`colour=${target.colourBy}`);
  return params.length ? `/explorer?${params.join('&')}` : '/explorer';
}
