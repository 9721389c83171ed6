import { closure, routesOf } from '../../scripts/client-weight.mjs';

describe('scripts/client-weight.mjs (the client weight per route in bench/results.md)', () => {
  it('reads the routes and their pages from routes/pages.ts, one route per line or spread over lines', () => {
    const pages = `
      export const PAGES: readonly PageRoute[] = [
        route('/', () => import('../views/overview/OverviewPage'), (m) => m.OverviewPage),
        route('/report/:region', () => import('../views/report/ReportPage'), (m) => m.ReportPage),
        route(
          '/changes',
          () => import('../views/changes/WhatChangedPage'),
          (m) => m.WhatChangedPage,
        ),
      ];`;
    expect(routesOf(pages)).toEqual([
      { route: '/', page: 'OverviewPage', module: 'src/views/overview/OverviewPage.tsx' },
      { route: '/report/:region', page: 'ReportPage', module: 'src/views/report/ReportPage.tsx' },
      { route: '/changes', page: 'WhatChangedPage', module: 'src/views/changes/WhatChangedPage.tsx' },
    ]);
  });

  it('follows static imports transitively, once each, and lists the dynamic imports it did not load', () => {
    const manifest = {
      'index.html': { file: 'assets/index.js', css: ['assets/index.css'], imports: ['_shared.js'], isEntry: true },
      '_shared.js': { file: 'assets/shared.js', imports: ['index.html'] },
      'src/views/explorer/ExplorerPage.tsx': {
        file: 'assets/ExplorerPage.js',
        imports: ['index.html', '_shared.js'],
        dynamicImports: ['src/nodes/details/DetailsDrawer.tsx', '_shared.js'],
      },
      'src/nodes/details/DetailsDrawer.tsx': { file: 'assets/DetailsDrawer.js' },
    };
    const first = closure(manifest, ['index.html', 'src/views/explorer/ExplorerPage.tsx']);
    expect([...first.files].sort()).toEqual([
      'assets/ExplorerPage.js',
      'assets/index.css',
      'assets/index.js',
      'assets/shared.js',
    ]);
    expect(first.dynamic).toEqual(['src/nodes/details/DetailsDrawer.tsx']);
    expect(() => closure(manifest, ['nope.tsx'])).toThrow('nope.tsx is not in the build manifest');
  });
});
