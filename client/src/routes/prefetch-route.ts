// What a page's first drawing waits for, asked for as the app starts (main.tsx), while the page's
// code downloads and parses and React renders it: the explorer's slice with its server positions,
// and the explorer's code itself.
import { ExplorerSliceDocument } from '../api/generated/graphql';
import { prefetch } from '../api/prefetch';
import { parseExplorerState, serverSliceVariables } from './explorer-url';

export function prefetchRoute(location: Pick<Location, 'pathname' | 'search'>): void {
  if (location.pathname !== '/explorer') return;
  // the page's code too: App's lazy route imports the same module and finds it on its way
  void import('../views/explorer/ExplorerPage');
  const variables = serverSliceVariables(parseExplorerState(new URLSearchParams(location.search)));
  if (variables) prefetch(ExplorerSliceDocument, variables);
}
