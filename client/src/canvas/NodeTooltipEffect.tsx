import type { NodeSingular } from 'cytoscape';
import { useEffect, type RefObject } from 'react';
import { useCy } from './CyContext';
import { bindNodeTooltip, nodeLabel } from './node-tooltip';

/** Hover shows the node's name, or `text(node)` (a module-level function: it is an effect dependency). */
export function NodeTooltipEffect({
  tooltip,
  text = nodeLabel,
}: {
  tooltip: RefObject<HTMLDivElement | null>;
  text?: (node: NodeSingular) => string;
}) {
  const cy = useCy();
  useEffect(() => bindNodeTooltip(cy, tooltip, text), [cy, tooltip, text]);
  return null;
}
