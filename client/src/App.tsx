import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { explorerPage } from './routes/pages';

// the explorer carries Cytoscape: loaded when it is opened, so the other pages stay light (and
// before the first render when the address opens it: main.tsx)
const ExplorerPage = explorerPage.lazy((m) => m.ExplorerPage);
const DiffusionPage = lazy(() => import('./views/diffusion/DiffusionPage').then((m) => ({ default: m.DiffusionPage })));
const RadarPage = lazy(() => import('./views/radar/RadarPage').then((m) => ({ default: m.RadarPage })));
const RankingsPage = lazy(() => import('./views/rankings/RankingsPage').then((m) => ({ default: m.RankingsPage })));
const OverviewPage = lazy(() => import('./views/overview/OverviewPage').then((m) => ({ default: m.OverviewPage })));
// the map carries MapLibre (and its worker), the report Cytoscape: each loaded when it is opened
const MapPage = lazy(() => import('./views/map/MapPage').then((m) => ({ default: m.MapPage })));
const ReportPage = lazy(() => import('./views/report/ReportPage').then((m) => ({ default: m.ReportPage })));
// the change log's views: What changed (Cytoscape) and the admin's tokens
const WhatChangedPage = lazy(() =>
  import('./views/changes/WhatChangedPage').then((m) => ({ default: m.WhatChangedPage })),
);
const TokensPage = lazy(() => import('./views/admin/TokensPage').then((m) => ({ default: m.TokensPage })));
// the data page (import, templates) too: no page's first load carries another page's code
const DataPage = lazy(() => import('./views/data/DataPage').then((m) => ({ default: m.DataPage })));
// update links: the contact's form (no account) and the editors' review
const UpdatePage = lazy(() => import('./views/update/UpdatePage').then((m) => ({ default: m.UpdatePage })));
const ProposalsPage = lazy(() => import('./views/proposals/ProposalsPage').then((m) => ({ default: m.ProposalsPage })));

/** The dashboard's pages; each keeps its own state in the URL. */
export function App() {
  return (
    <Suspense
      fallback={
        <Center h="100dvh" role="status">
          <Loader />
        </Center>
      }
    >
      <Routes>
        <Route path="/" element={<OverviewPage />} />
        <Route path="/explorer" element={<ExplorerPage />} />
        <Route path="/map" element={<MapPage />} />
        <Route path="/report/:region" element={<ReportPage />} />
        <Route path="/diffusion" element={<DiffusionPage />} />
        <Route path="/radar" element={<RadarPage />} />
        <Route path="/rankings" element={<RankingsPage />} />
        <Route path="/data" element={<DataPage />} />
        <Route path="/changes" element={<WhatChangedPage />} />
        <Route path="/admin/tokens" element={<TokensPage />} />
        <Route path="/update" element={<UpdatePage />} />
        <Route path="/proposals" element={<ProposalsPage />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </Suspense>
  );
}
