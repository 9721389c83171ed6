import cytoscape from 'cytoscape';

let registered: Promise<void> | undefined;

/**
 * cytoscape-fcose (with cose-base and layout-base), loaded in a chunk of its own and registered
 * once, the first time a canvas needs it: the explorer draws server positions by default and only
 * runs a force layout in the browser when one is picked or for a focused neighbourhood.
 */
export function loadFcose(): Promise<void> {
  registered ??= import('cytoscape-fcose').then((m) => {
    cytoscape.use(m.default);
  });
  return registered;
}
