// The page modules that the start (main.tsx) may load before React first renders: the explorer,
// whose first picture waits for its code.
import { pageModule } from './page-module';

export const explorerPage = pageModule(() => import('../views/explorer/ExplorerPage'));
