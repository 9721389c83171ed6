import type { Core } from 'cytoscape';
import { createContext, useContext } from 'react';

/** The canvas's one cy instance, for the effect components inside NetworkCanvas. */
export const CyContext = createContext<Core | null>(null);

export function useCy(): Core {
  const cy = useContext(CyContext);
  if (!cy) throw new Error('useCy outside NetworkCanvas');
  return cy;
}
