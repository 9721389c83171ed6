import type { ElementDefinition, NodeSingular } from 'cytoscape';
import { useEffect, useLayoutEffect } from 'react';
import { applyElements } from '../../graph/diff';
import { stylesheet } from '../../graph/style';
import { useCy } from '../../canvas/CyContext';

/** The shared stylesheet plus the playback class: hidden elements are not drawn. */
export function CascadeStyleEffect({ scheme }: { scheme: 'light' | 'dark' }) {
  const cy = useCy();
  useLayoutEffect(() => {
    cy.style([
      ...stylesheet(scheme),
      { selector: 'node', style: { 'min-zoomed-font-size': 0, 'text-wrap': 'ellipsis', 'text-max-width': '110px' } },
      { selector: '.hidden', style: { display: 'none' } },
    ]);
  }, [cy, scheme]);
  return null;
}

/** Pushes the cascade's elements (with preset positions by generation) as a diff; fits when the set changed. */
export function CascadeElementsEffect({ elements }: { elements: ElementDefinition[] }) {
  const cy = useCy();
  useLayoutEffect(() => {
    const changed = applyElements(cy, elements);
    // labels may change as names arrive: keep positions as computed
    cy.batch(() => {
      for (const el of elements) {
        if (el.group !== 'nodes' || !el.position) continue;
        const node = cy.getElementById(String(el.data.id));
        node.position(el.position);
      }
    });
    if (changed) {
      cy.resize();
      cy.fit(undefined, 40);
      if (cy.zoom() > 1.5) cy.zoom({ level: 1.5, position: cy.nodes().first().position() });
      cy.center();
    }
  }, [cy, elements]);
  return null;
}

/** Playback: elements not yet there get the `hidden` class, in one batch (no rebuild). */
export function RevealEffect({ hidden }: { hidden: ReadonlySet<string> }) {
  const cy = useCy();
  // elements that came since (a new slice) are selected or hidden too
  const elementCount = cy.elements().length;
  useEffect(() => {
    cy.batch(() => {
      cy.elements().forEach((el) => {
        if (hidden.has(el.id())) el.addClass('hidden');
        else el.removeClass('hidden');
      });
    });
  }, [cy, hidden, elementCount]);
  return null;
}

/** What the cascade's tooltip shows: the name and the generation. */
export const cascadeNodeText = (node: NodeSingular): string =>
  `${String(node.data('label'))} (gen. ${String(node.data('generation'))})`;
