import { closure, routesOf } from '../../scripts/client-weight.mjs';

describe('scripts/client-weight.mjs (the client weight per route in bench/results.md)', () => {
  it("reads the routes and their lazy pages from App.tsx, an eagerly imported page in the entry's chunk", () => {
    const app = `
      import { DataPage } from './views/data/DataPage';
      const ExplorerPage = lazy(() => import('./views/explorer/ExplorerPage').then((m) => ({ default: m.ExplorerPage })));
      <Route path="/" element={<OverviewPage />} />
      <Route path="/explorer" element={<ExplorerPage />} />
      <Route path="/data" element={<DataPage />} />
      <Route path="*" element={<Navigate to="/" replace />} />`;
    expect(routesOf(app)).toEqual([
      { route: '/', page: 'OverviewPage', module: null },
      { route: '/explorer', page: 'ExplorerPage', module: 'src/views/explorer/ExplorerPage.tsx' },
      { route: '/data', page: 'DataPage', module: null },
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
