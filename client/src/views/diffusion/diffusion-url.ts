// The Diffusion page's state as URL parameters: pure, so it is unit-tested without React.
import type { AmplificationMode, CascadeSort } from '../../api/generated/graphql';
import { CASCADE_SORTS, MODES } from '../../domain/values';

export interface DiffusionState {
  /** the chosen cascade's root initiative id */
  root: string | null;
  modes: AmplificationMode[];
  region: string | null;
  theme: string | null;
  sort: CascadeSort;
  /** playback date (YYYY-MM-DD); null = the whole cascade */
  at: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseDiffusionState(params: URLSearchParams): DiffusionState {
  const at = params.get('at');
  return {
    root: params.get('root') || null,
    modes: (params.get('mode') ?? '').split(',').filter((m): m is AmplificationMode => MODES.some((x) => x === m)),
    region: params.get('region') || null,
    theme: params.get('theme') || null,
    sort: CASCADE_SORTS.find((s) => s === params.get('sort')) ?? 'SIZE',
    at: at && DATE.test(at) ? at : null,
  };
}

/** The URL parameters after a patch; defaults are left out so links stay short. */
export function writeDiffusionState(params: URLSearchParams, patch: Partial<DiffusionState>): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | null, defaultValue = '') => {
    if (value === null || value === defaultValue) next.delete(key);
    else next.set(key, value);
  };
  if (patch.root !== undefined) set('root', patch.root);
  if (patch.modes) set('mode', patch.modes.join(','));
  if (patch.region !== undefined) set('region', patch.region);
  if (patch.theme !== undefined) set('theme', patch.theme);
  if (patch.sort) set('sort', patch.sort, 'SIZE');
  if (patch.at !== undefined) set('at', patch.at);
  return next;
}
