// The radar's state as URL parameters: pure, so it is unit-tested without React.
import { explorerLink } from '../../routes/explorer-url';

/** Which of the region's lists is shown: the isolated initiatives or the weakly tied ones. */
export type RadarList = 'isolated' | 'weak';

export interface RadarState {
  /** the region looked at */
  region: string | null;
  /** the list shown (`list=weak` in the URL; isolated when absent) */
  list: RadarList;
  /** the selected (isolated or weakly tied) initiative's id */
  ini: string | null;
  /** the selected suggested partner's initiative id (only with ini) */
  partner: string | null;
}

export function parseRadarState(params: URLSearchParams): RadarState {
  const region = params.get('region') || null;
  const ini = params.get('ini') || null;
  const partner = params.get('partner') || null;
  const list: RadarList = params.get('list') === 'weak' ? 'weak' : 'isolated';
  return { region, list, ini, partner: ini === null ? null : partner };
}

/**
 * The URL parameters after a patch. A new region or list clears the selected initiative and
 * partner, a new initiative clears the partner, unless the patch sets them too; other parameters
 * stay. The isolated list (the default) leaves no `list` parameter.
 */
export function writeRadarState(params: URLSearchParams, patch: Partial<RadarState>): URLSearchParams {
  const next = new URLSearchParams(params);
  const current = parseRadarState(params);
  const state: RadarState = { ...current, ...patch };
  const regionChanged = patch.region !== undefined && patch.region !== current.region;
  const listChanged = patch.list !== undefined && patch.list !== current.list;
  if (regionChanged || listChanged) {
    state.ini = patch.ini ?? null;
    state.partner = patch.partner ?? null;
  }
  if (patch.ini !== undefined && patch.ini !== current.ini) state.partner = patch.partner ?? null;
  if (state.ini === null) state.partner = null;
  for (const key of ['region', 'ini', 'partner'] as const) {
    const value = state[key];
    if (value === null || value === '') next.delete(key);
    else next.set(key, value);
  }
  if (state.list === 'weak') next.set('list', 'weak');
  else next.delete('list');
  return next;
}

/** The explorer focused on both initiatives (and a weakly tied one's tie, when given), the partner selected. */
export function pairLink(isolateId: string, partnerId: string, tiedId: string | null = null): string {
  const initiative = (id: string) => ({ kind: 'initiative' as const, id });
  const focus = [isolateId, ...(tiedId === null ? [] : [tiedId]), partnerId].map(initiative);
  return explorerLink({ focus, selected: initiative(partnerId) });
}
