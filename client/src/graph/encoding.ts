import type { ActorKind, AmplificationMode } from '../api/generated/graphql';

/** Okabe–Ito colours of the encoding table in UI.md (colour-blind safe, never colour alone). */
export const MODE_COLOURS: Record<AmplificationMode, string> = {
  DEEPENING: '#0072B2',
  BROADENING: '#009E73',
  SPREADING: '#D55E00',
};
export const INVOLVEMENT_COLOUR = '#9AA0A6';
export const INFLUENCE_COLOUR = '#CC79A7';
export const ISOLATED_RING = '#E69F00';
export const ACTOR_FILL = '#D9DCE1';
export const ACTOR_FILL_DARK = '#4A4F57';

/** Categorical colours for initiatives (theme, region or community); modes keep their own hues. */
export const CATEGORY_PALETTE = [
  '#56B4E9',
  '#F0E442',
  '#8DA0CB',
  '#A6D854',
  '#FC8D62',
  '#E5C494',
  '#66C2A5',
  '#A6761D',
  '#FFD92F',
  '#E78AC3',
  '#8C6BB1',
  '#80B1D3',
] as const;

export const COLOUR_BY = ['theme', 'region', 'community'] as const;
export type ColourBy = (typeof COLOUR_BY)[number];

/** fcose (default), concentric, layered (cascades: roots on top), server (positions computed by the API). */
export const LAYOUTS = ['fcose', 'concentric', 'layered', 'server'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/** Which Cytoscape renderer draws the canvas; 'auto' picks WebGL for large slices where the browser has WebGL2. */
export const RENDERERS = ['auto', 'webgl', 'canvas'] as const;
export type RendererChoice = (typeof RENDERERS)[number];

/** One letter per actor kind, drawn inside the actor's ellipse. */
export const ACTOR_KIND_LETTER: Record<ActorKind, string> = {
  BUSINESS: 'B',
  CITIZEN_COLLECTIVE: 'C',
  EDUCATION: 'E',
  FARMER: 'F',
  INTERMEDIARY: 'I',
  KNOWLEDGE_INSTITUTE: 'K',
  MUNICIPALITY: 'M',
  NATIONAL_GOVERNMENT: 'N',
  NGO: 'O',
  OTHER: '?',
  PROVINCE: 'P',
  WATER_BOARD: 'W',
};

/** A stable colour per category: sorted categories take the palette in order, then wrap. */
export function categoryColours(categories: readonly string[]): Map<string, string> {
  const sorted = [...new Set(categories)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return new Map(sorted.map((c, i) => [c, CATEGORY_PALETTE[i % CATEGORY_PALETTE.length] ?? '#B3B3B3']));
}
