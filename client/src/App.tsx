import { Center, Loader } from '@mantine/core';
import { Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { PAGES } from './routes/pages';

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
        {PAGES.map(({ path, Page }) => (
          <Route key={path} path={path} element={<Page />} />
        ))}
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </Suspense>
  );
}
