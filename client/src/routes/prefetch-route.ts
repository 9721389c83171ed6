// What a page's first drawing waits for, asked for as the app starts (main.tsx): the page's code,
// and for the explorer its slice with its server positions, asked for while that code downloads
// and parses.
import { ExplorerSliceDocument } from '../api/generated/graphql';
import { prefetch } from '../api/prefetch';
import { parseExplorerState, serverSliceVariables } from './explorer-url';
import { pageFor } from './pages';

/** Starts what this address's page needs; the page's code loading, or null when the address opens no page. */
export function prefetchRoute(location: Pick<Location, 'pathname' | 'search'>): Promise<unknown> | null {
  const page = pageFor(location.pathname);
  if (!page) return null;
  const code = page.load();
  if (location.pathname === '/explorer') {
    const variables = serverSliceVariables(parseExplorerState(new URLSearchParams(location.search)));
    if (variables) prefetch(ExplorerSliceDocument, variables);
  }
  return code;
}
