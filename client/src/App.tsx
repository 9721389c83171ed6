import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { DataPage } from './views/data/DataPage';
import { ComingNext } from './views/placeholder/ComingNext';

// the explorer carries Cytoscape: loaded when it is opened, so the other pages stay light
const ExplorerPage = lazy(() => import('./views/explorer/ExplorerPage').then((m) => ({ default: m.ExplorerPage })));
const DiffusionPage = lazy(() => import('./views/diffusion/DiffusionPage').then((m) => ({ default: m.DiffusionPage })));

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
        <Route path="/" element={<Navigate to="/explorer" replace />} />
        <Route path="/explorer" element={<ExplorerPage />} />
        <Route path="/diffusion" element={<DiffusionPage />} />
        <Route path="/radar" element={<ComingNext page="radar" />} />
        <Route path="/rankings" element={<ComingNext page="rankings" />} />
        <Route path="/data" element={<DataPage />} />
        <Route path="*" element={<Navigate to="/explorer" replace />} />
      </Routes>
    </Suspense>
  );
}
