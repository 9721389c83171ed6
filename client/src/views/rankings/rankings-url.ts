// The Rankings page's state as URL parameters: pure, so it is unit-tested without React.
import type { CentralityMeasure, CommunityGraph } from '../../api/generated/graphql';
import { COMMUNITY_GRAPHS, MEASURES } from '../../domain/values';
import { explorerLink } from '../../routes/explorer-url';

export const TABS = ['actors', 'initiatives', 'brokers', 'communities'] as const;
export type RankingTab = (typeof TABS)[number];
/** How many of the top of a ranking are fetched (and then sorted in the browser). */
export const TOP_N = [25, 100, 500] as const;
export type TopN = (typeof TOP_N)[number];
export type SortDirection = 'asc' | 'desc';

/** The columns each table can be sorted by; the first is the default (rank or community number). */
export const COLUMNS = {
  actors: ['rank', 'name', 'kind', 'region', 'score'],
  initiatives: ['rank', 'name', 'region', 'themes', 'score'],
  brokers: ['rank', 'name', 'regions', 'themes', 'initiatives'],
  communities: ['community', 'size'],
} as const satisfies Record<RankingTab, readonly string[]>;
export type RankingColumn<T extends RankingTab> = (typeof COLUMNS)[T][number];

export interface RankingsState {
  tab: RankingTab;
  /** centrality measure of the actors and initiatives tables */
  measure: CentralityMeasure;
  /** the graph the communities are found in */
  graph: CommunityGraph;
  top: TopN;
  /** a column of the current tab's table */
  sort: string;
  dir: SortDirection;
}

function oneOf<T extends string | number>(value: T | null | undefined, allowed: readonly T[], fallback: T): T {
  return allowed.find((a) => a === value) ?? fallback;
}

/** The natural direction of a column: rank and names go up, numbers (sizes, counts) go down. */
export function defaultDirection(column: string): SortDirection {
  return ['rank', 'community', 'name', 'kind', 'region'].includes(column) ? 'asc' : 'desc';
}

export function parseRankingsState(params: URLSearchParams): RankingsState {
  const tab = oneOf(params.get('tab') as RankingTab | null, TABS, 'actors');
  const columns: readonly string[] = COLUMNS[tab];
  const sort = oneOf(params.get('sort'), columns, columns[0] ?? 'rank');
  const dir = params.get('dir');
  return {
    tab,
    measure: oneOf(params.get('measure') as CentralityMeasure | null, MEASURES, 'DEGREE'),
    graph: oneOf(params.get('graph') as CommunityGraph | null, COMMUNITY_GRAPHS, 'TIE'),
    top: oneOf(Number(params.get('top')) as TopN, TOP_N, 25),
    sort,
    dir: dir === 'asc' || dir === 'desc' ? dir : defaultDirection(sort),
  };
}

/** The URL parameters after a patch; defaults are left out so links stay short. A new tab resets the sort. */
export function writeRankingsState(params: URLSearchParams, patch: Partial<RankingsState>): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | null, defaultValue = '') => {
    if (value === null || value === defaultValue) next.delete(key);
    else next.set(key, value);
  };
  if (patch.tab) {
    set('tab', patch.tab, 'actors');
    if (patch.sort === undefined) {
      next.delete('sort');
      next.delete('dir');
    }
  }
  if (patch.measure) set('measure', patch.measure, 'DEGREE');
  if (patch.graph) set('graph', patch.graph, 'TIE');
  if (patch.top) set('top', String(patch.top), '25');
  if (patch.sort) {
    const tab = parseRankingsState(next).tab;
    set('sort', patch.sort, COLUMNS[tab][0]);
    const dir = patch.dir ?? defaultDirection(patch.sort);
    set('dir', dir === defaultDirection(patch.sort) ? null : dir);
  } else if (patch.dir) {
    const { sort } = parseRankingsState(next);
    set('dir', patch.dir === defaultDirection(sort) ? null : patch.dir);
  }
  return next;
}

/** The sort after a click on a column header: the same column flips, another starts in its natural direction. */
export function nextSort(
  state: Pick<RankingsState, 'sort' | 'dir'>,
  column: string,
): { sort: string; dir: SortDirection } {
  if (state.sort === column) return { sort: column, dir: state.dir === 'asc' ? 'desc' : 'asc' };
  return { sort: column, dir: defaultDirection(column) };
}

/** `aria-sort` of a column header. */
export function ariaSort(
  state: Pick<RankingsState, 'sort' | 'dir'>,
  column: string,
): 'ascending' | 'descending' | 'none' {
  if (state.sort !== column) return 'none';
  return state.dir === 'asc' ? 'ascending' : 'descending';
}

/**
 * Where "show in the explorer" goes: the node selected, with its neighbourhood in focus (so it is
 * drawn even when the whole network is larger than the explorer draws at once); actors shown.
 */
export function showInExplorer(kind: 'initiative' | 'actor', id: string): string {
  const node = { kind, id };
  return explorerLink({ focus: [node], selected: node, actors: kind === 'actor' });
}
