// The radar's state as URL parameters: pure, so it is unit-tested without React.

export interface RadarState {
  /** the region looked at */
  region: string | null;
  /** the selected isolated initiative's id */
  ini: string | null;
  /** the selected suggested partner's initiative id (only with ini) */
  partner: string | null;
}

export function parseRadarState(params: URLSearchParams): RadarState {
  const region = params.get('region') || null;
  const ini = params.get('ini') || null;
  const partner = params.get('partner') || null;
  return { region, ini, partner: ini === null ? null : partner };
}

/**
 * The URL parameters after a patch. A new region clears the selected initiative and partner,
 * a new initiative clears the partner, unless the patch sets them too; other parameters stay.
 */
export function writeRadarState(params: URLSearchParams, patch: Partial<RadarState>): URLSearchParams {
  const next = new URLSearchParams(params);
  const current = parseRadarState(params);
  const state: RadarState = { ...current, ...patch };
  if (patch.region !== undefined && patch.region !== current.region) {
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
  return next;
}

/** The explorer focused on both initiatives, the partner selected. */
export function explorerLink(isolateId: string, partnerId: string): string {
  const node = (id: string) => `initiative:${encodeURIComponent(id)}`;
  return `/explorer?focus=${node(isolateId)},${node(partnerId)}&sel=${node(partnerId)}`;
}
