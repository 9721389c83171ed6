import type { StylesheetJson } from 'cytoscape';
import {
  ACTOR_FILL,
  ACTOR_FILL_DARK,
  INFLUENCE_COLOUR,
  INVOLVEMENT_COLOUR,
  ISOLATED_RING,
  MODE_COLOURS,
} from './encoding';
import { LABEL_MIN_ZOOM } from './layout';

type Scheme = 'light' | 'dark';

/** Initiatives (round rectangles in their category's colour, isolated ones ringed) and actors (small ellipses). */
function nodeStyles(scheme: Scheme): StylesheetJson {
  const text = scheme === 'dark' ? '#E8EAED' : '#1F2328';
  const halo = scheme === 'dark' ? '#1A1B1E' : '#FFFFFF';
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 11,
        color: text,
        'text-outline-color': halo,
        'text-outline-width': 2,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'min-zoomed-font-size': Math.round(11 * LABEL_MIN_ZOOM),
        width: 'data(size)',
        height: 'data(size)',
      },
    },
    {
      selector: 'node[kind = "initiative"]',
      style: {
        shape: 'round-rectangle',
        'background-color': 'data(colour)',
        'border-width': 1,
        'border-color': scheme === 'dark' ? '#2C2E33' : '#5F6368',
      },
    },
    {
      selector: 'node[kind = "initiative"][isolated = 1]',
      style: { 'border-width': 4, 'border-color': ISOLATED_RING },
    },
    {
      selector: 'node[kind = "actor"]',
      style: {
        shape: 'ellipse',
        'background-color': scheme === 'dark' ? ACTOR_FILL_DARK : ACTOR_FILL,
        'border-width': 1,
        'border-color': INVOLVEMENT_COLOUR,
        label: 'data(letter)',
        'text-valign': 'center',
        'text-margin-y': 0,
        'font-size': 8,
        'font-weight': 'bold',
        'text-outline-width': 0,
      },
    },
  ];
}

/** Involvement, influence and the three amplification modes (colour plus a second channel each). */
function edgeStyles(large: boolean): StylesheetJson {
  return [
    {
      selector: 'edge',
      // straight edges are much cheaper to draw than bezier ones in big slices (arrows still work)
      style: { 'curve-style': large ? 'straight' : 'bezier', 'target-arrow-shape': 'none', opacity: 0.85 },
    },
    {
      selector: 'edge[kind = "involved"]',
      // involvements have no direction: in big slices the cheapest edges Cytoscape draws (haystack)
      style: {
        width: 0.8,
        'line-color': INVOLVEMENT_COLOUR,
        opacity: 0.6,
        ...(large ? { 'curve-style': 'haystack', 'haystack-radius': 0 } : {}),
      },
    },
    {
      selector: 'edge[kind = "influences"]',
      style: {
        width: 'data(width)',
        'line-color': INFLUENCE_COLOUR,
        'target-arrow-color': INFLUENCE_COLOUR,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.6,
      },
    },
    {
      selector: 'edge[mode = "DEEPENING"]',
      style: { width: 4, 'line-color': MODE_COLOURS.DEEPENING, 'line-style': 'solid' },
    },
    {
      selector: 'edge[mode = "BROADENING"]',
      style: { width: 2.5, 'line-color': MODE_COLOURS.BROADENING, 'line-style': 'dashed', 'line-dash-pattern': [6, 4] },
    },
    {
      selector: 'edge[mode = "SPREADING"]',
      style: {
        width: 2.5,
        'line-color': MODE_COLOURS.SPREADING,
        'line-style': 'solid',
        'target-arrow-color': MODE_COLOURS.SPREADING,
        'target-arrow-shape': 'triangle',
      },
    },
  ];
}

/** The selection, the focused nodes, hidden labels and what fades around a selection. */
function stateStyles(scheme: Scheme): StylesheetJson {
  const select = scheme === 'dark' ? '#FFFFFF' : '#111111';
  return [
    {
      selector: 'node:selected',
      style: {
        'min-zoomed-font-size': 0,
        'font-weight': 'bold',
        'overlay-color': select,
        'overlay-opacity': 0.15,
        'overlay-padding': 6,
        'border-width': 3,
        'border-color': select,
      },
    },
    // below LABEL_MIN_ZOOM (LabelZoomEffect): no labels at all, which also spares the WebGL
    // renderer their textures; the selection and the focused nodes keep theirs
    { selector: 'node.hide-label', style: { label: '' } },
    { selector: 'node.hide-label:selected', style: { label: 'data(label)' } },
    {
      // the nodes whose neighbourhoods are shown (focus): a double ring and a label at any zoom
      selector: 'node[focused = 1]',
      style: {
        'border-width': 5,
        'border-style': 'double',
        'border-color': select,
        'font-weight': 'bold',
        'min-zoomed-font-size': 0,
        label: 'data(label)',
      },
    },
    { selector: '.faded', style: { opacity: 0.2, 'text-opacity': 0 } },
    { selector: 'edge.faded', style: { opacity: 0.08 } },
  ];
}

/** The Cytoscape stylesheet: the encoding table of UI.md, for a light or dark background. */
export function stylesheet(scheme: Scheme, options: { large?: boolean } = {}): StylesheetJson {
  return [...nodeStyles(scheme), ...edgeStyles(options.large ?? false), ...stateStyles(scheme)];
}
