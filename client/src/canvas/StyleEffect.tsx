import { useEffect } from 'react';
import { stylesheet } from '../graph/style';
import { useCy } from './CyContext';

/** The stylesheet for the colour scheme (`large`: cheaper straight edges for big slices). */
export function StyleEffect({ scheme, large = false }: { scheme: 'light' | 'dark'; large?: boolean }) {
  const cy = useCy();
  useEffect(() => {
    cy.style(stylesheet(scheme, { large }));
  }, [cy, scheme, large]);
  return null;
}
