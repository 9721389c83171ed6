// How the "What changed" drawing marks a change, on top of the explorer's stylesheet: added in blue
// with a solid thick border or line, removed in vermillion with a dashed border or dotted line and
// faded, changed with a double border; each label starts with + − or ~ (never colour alone).
import type { StylesheetJson } from 'cytoscape';

/** Okabe–Ito: blue and vermillion are told apart in every common colour-vision deficiency. */
export const ADDED_COLOUR = '#0072B2';
export const REMOVED_COLOUR = '#D55E00';
export const CHANGED_COLOUR = '#5F6368';

export function diffStyles(scheme: 'light' | 'dark'): StylesheetJson {
  const context = scheme === 'dark' ? '#6B7078' : '#B8BDC4';
  return [
    { selector: 'node[kind = "initiative"]', style: { 'background-color': scheme === 'dark' ? '#3A3F47' : '#DDE3EA' } },
    { selector: 'node[kind = "actor"]', style: { label: 'data(label)', 'text-valign': 'bottom', 'text-margin-y': 3 } },
    {
      selector: 'node[change = "added"]',
      style: { 'border-width': 4, 'border-style': 'solid', 'border-color': ADDED_COLOUR },
    },
    {
      selector: 'node[change = "removed"]',
      style: {
        'border-width': 3,
        'border-style': 'dashed',
        'border-color': REMOVED_COLOUR,
        'background-opacity': 0.35,
      },
    },
    {
      selector: 'node[change = "changed"]',
      style: { 'border-width': 5, 'border-style': 'double', 'border-color': CHANGED_COLOUR },
    },
    {
      selector: 'node[change = "context"]',
      style: { 'border-width': 1, 'border-color': context, opacity: 0.6, 'font-size': 9 },
    },
    { selector: 'edge', style: { opacity: 1 } },
    {
      selector: 'edge[change = "added"]',
      style: { width: 3, 'line-color': ADDED_COLOUR, 'line-style': 'solid', 'target-arrow-color': ADDED_COLOUR },
    },
    {
      selector: 'edge[change = "removed"]',
      style: {
        width: 3,
        'line-color': REMOVED_COLOUR,
        'line-style': 'dotted',
        'target-arrow-color': REMOVED_COLOUR,
        opacity: 0.75,
      },
    },
    {
      selector: 'edge[change = "changed"]',
      style: { width: 2, 'line-color': CHANGED_COLOUR, 'line-style': 'solid', 'target-arrow-color': CHANGED_COLOUR },
    },
    { selector: 'edge[kind = "amplifies"]', style: { 'target-arrow-shape': 'triangle' } },
  ];
}
