import type { Core, EventObject, NodeSingular } from 'cytoscape';
import type { RefObject } from 'react';

/** The node's label: what the tooltip shows unless a view says otherwise. */
export const nodeLabel = (node: NodeSingular): string => String(node.data('label'));

/**
 * Hover writes `text(node)` into the tooltip element next to the node (straight into the DOM: no
 * React state per mouse move); leaving the node or moving the view hides it. Returns the unbinding.
 */
export function bindNodeTooltip(
  cy: Core,
  tooltip: RefObject<HTMLDivElement | null>,
  text: (node: NodeSingular) => string,
): () => void {
  const over = (event: EventObject) => {
    const el = tooltip.current;
    if (!el) return;
    const node = event.target as NodeSingular;
    const p = node.renderedPosition();
    el.textContent = text(node);
    el.style.transform = `translate(${Math.round(p.x + 12)}px, ${Math.round(p.y - 28)}px)`;
    el.hidden = false;
  };
  const out = () => {
    if (tooltip.current) tooltip.current.hidden = true;
  };
  cy.on('mouseover', 'node', over);
  cy.on('mouseout', 'node', out);
  cy.on('viewport', out);
  return () => {
    cy.off('mouseover', 'node', over);
    cy.off('mouseout', 'node', out);
    cy.off('viewport', out);
  };
}
