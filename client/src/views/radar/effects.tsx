import type { EdgeSingular, ElementDefinition, LayoutOptions } from 'cytoscape';
import { useLayoutEffect } from 'react';
import { applyElements } from '../../graph/diff';
import { ISOLATED_RING } from '../../graph/encoding';
import { stylesheet } from '../../graph/style';
import { useCy } from '../../canvas/CyContext';

/**
 * The shared stylesheet, plus the radar's marks: the isolate (or the weakly tied initiative, a
 * dashed amber ring), its tie and the partner stand out; the existing tie's edges are solid and
 * strong, the suggested tie is dashed amber.
 */
export function RadarStyleEffect({ scheme }: { scheme: 'light' | 'dark' }) {
  const cy = useCy();
  useLayoutEffect(() => {
    const strong = scheme === 'dark' ? '#FFFFFF' : '#111111';
    cy.style([
      ...stylesheet(scheme),
      {
        selector: 'node[role = "isolate"], node[role = "weak"], node[role = "tied"], node[role = "partner"]',
        style: {
          'min-zoomed-font-size': 0,
          'font-weight': 'bold',
          'font-size': 13,
          width: 40,
          height: 40,
          'overlay-color': strong,
          'overlay-opacity': 0.12,
          'overlay-padding': 6,
          'z-index': 10,
        },
      },
      { selector: 'node[role = "partner"]', style: { 'border-width': 3, 'border-color': strong } },
      { selector: 'node[role = "isolate"]', style: { 'border-width': 5, 'border-color': ISOLATED_RING } },
      {
        selector: 'node[role = "weak"]',
        style: { 'border-width': 5, 'border-color': ISOLATED_RING, 'border-style': 'dashed' },
      },
      {
        selector: 'node[role = "tied"]',
        style: { 'border-width': 6, 'border-color': strong, 'border-style': 'double' },
      },
      {
        selector: 'edge[tie = "existing"]',
        style: {
          width: 4,
          'line-color': strong,
          'target-arrow-color': strong,
          'line-style': 'solid',
          opacity: 1,
          'z-index': 9,
        },
      },
      {
        selector: 'edge[kind = "suggested"]',
        style: {
          width: 3,
          'line-color': ISOLATED_RING,
          'line-style': 'dashed',
          'line-dash-pattern': [8, 5],
          'curve-style': 'straight',
          opacity: 1,
        },
      },
    ]);
  }, [cy, scheme]);
  return null;
}

/** The labels of the two marked nodes need room: the suggested tie is laid out long, the rest compact. */
const PAIR_LAYOUT = {
  name: 'fcose',
  quality: 'default',
  randomize: true,
  animate: false,
  fit: true,
  padding: 50,
  nodeRepulsion: () => 9000,
  idealEdgeLength: (edge: EdgeSingular) => (edge.data('kind') === 'suggested' ? 150 : 70),
  nodeSeparation: 60,
  packComponents: true,
} as LayoutOptions;

/** Largest zoom after a layout: a handful of nodes would otherwise be fitted huge. */
const MAX_ZOOM = 1.6;

/** Pushes the pair's elements into cy as a diff; lays them out again only when the element set changed. */
export function PairElementsEffect({ elements }: { elements: ElementDefinition[] }) {
  const cy = useCy();
  useLayoutEffect(() => {
    if (!applyElements(cy, elements) || cy.nodes().length === 0) return;
    cy.resize();
    const run = cy.layout(PAIR_LAYOUT);
    run.one('layoutstop', () => {
      if (cy.zoom() > MAX_ZOOM) {
        cy.zoom(MAX_ZOOM);
        cy.center();
      }
    });
    const timer = window.setTimeout(() => run.run(), 16);
    return () => {
      window.clearTimeout(timer);
      run.stop();
    };
  }, [cy, elements]);
  return null;
}
