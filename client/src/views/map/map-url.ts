// The map's state as URL parameters: pure, so it is unit-tested without React.
import { SHADINGS, type Shading } from './shading';

export interface MapState {
  /** what the region areas are shaded by */
  shade: Shading;
  /** initiatives coloured as in the explorer: by theme or by region */
  colourBy: 'theme' | 'region';
  /** the network as of this date (YYYY-MM-DD); null = today */
  asOf: string | null;
  /** the selected node (`initiative:<id>`): its details open */
  selected: string | null;
  /** the region the map is fitted to at first; null = every initiative */
  region: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseMapState(params: URLSearchParams): MapState {
  const asOf = params.get('asOf');
  return {
    shade: SHADINGS.find((s) => s === params.get('shade')) ?? 'isolation',
    colourBy: params.get('colour') === 'region' ? 'region' : 'theme',
    asOf: asOf && DATE.test(asOf) ? asOf : null,
    selected: params.get('sel') || null,
    region: params.get('region') || null,
  };
}

/** The URL parameters after a patch; defaults are left out so links stay short. */
export function writeMapState(params: URLSearchParams, patch: Partial<MapState>): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | null, defaultValue = '') => {
    if (value === null || value === defaultValue) next.delete(key);
    else next.set(key, value);
  };
  if (patch.shade) set('shade', patch.shade, 'isolation');
  if (patch.colourBy) set('colour', patch.colourBy, 'theme');
  if (patch.asOf !== undefined) set('asOf', patch.asOf);
  if (patch.selected !== undefined) set('sel', patch.selected);
  if (patch.region !== undefined) set('region', patch.region);
  return next;
}
