import type { EventObject, NodeSingular } from 'cytoscape';
import { useEffect, type RefObject } from 'react';
import { useCy } from './CyContext';
import { bindNodeTooltip, nodeLabel } from './node-tooltip';

/** cy events back as store actions: tap selects, double-tap focuses, tap on the background clears. */
export function EventsEffect({
  onSelect,
  onFocus,
  tooltip,
}: {
  onSelect: (id: string | null) => void;
  onFocus: (id: string) => void;
  tooltip: RefObject<HTMLDivElement | null>;
}) {
  const cy = useCy();
  useEffect(() => {
    const tap = (event: EventObject) => {
      if (event.target === cy) onSelect(null);
      else if ((event.target as NodeSingular).isNode?.()) onSelect((event.target as NodeSingular).id());
    };
    const dbltap = (event: EventObject) => onFocus((event.target as NodeSingular).id());
    cy.on('tap', tap);
    cy.on('dbltap', 'node', dbltap);
    const unbindTooltip = bindNodeTooltip(cy, tooltip, nodeLabel);
    return () => {
      cy.off('tap', tap);
      cy.off('dbltap', 'node', dbltap);
      unbindTooltip();
    };
  }, [cy, onSelect, onFocus, tooltip]);
  return null;
}
