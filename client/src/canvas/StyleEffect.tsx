import { useLayoutEffect } from 'react';
import { stylesheet } from '../graph/style';
import { useCy } from './CyContext';

/**
 * The stylesheet for the colour scheme (`large`: cheaper straight edges for big slices). A layout
 * effect placed before the elements' effect: a new cy gets its stylesheet before its elements, so
 * their style is computed once (set after them, it is computed twice: a second at 10,000 nodes).
 */
export function StyleEffect({ scheme, large = false }: { scheme: 'light' | 'dark'; large?: boolean }) {
  const cy = useCy();
  useLayoutEffect(() => {
    cy.style(stylesheet(scheme, { large }));
  }, [cy, scheme, large]);
  return null;
}
