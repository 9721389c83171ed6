// The explorer's parts that are not needed for its first picture: the details drawer (with the
// initiative's profile chart, ECharts) and the editing forms. Their code loads in its own chunks
// once the browser is idle (or at once when a node is selected), so the first load is lighter.
import { lazy, Suspense, useEffect, useState, type ComponentProps } from 'react';
import { useHasToken } from '../../auth/hooks';

const DetailsDrawerChunk = lazy(() =>
  import('../../nodes/details/DetailsDrawer').then((m) => ({ default: m.DetailsDrawer })),
);
const AddNodeButtonChunk = lazy(() =>
  import('../../nodes/edit/AddNodeButton').then((m) => ({ default: m.AddNodeButton })),
);

/** True once the browser has been idle (requestIdleCallback, within 2 s), or at once when `now`. */
export function useIdle(now = false): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (idle || now) return;
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(() => setIdle(true), { timeout: 2000 });
      return () => window.cancelIdleCallback(id);
    }
    const timer = window.setTimeout(() => setIdle(true), 200);
    return () => window.clearTimeout(timer);
  }, [idle, now]);
  return idle || now;
}

/** The details drawer, its code loaded when idle or when something is selected. */
export function LazyDetailsDrawer(props: ComponentProps<typeof DetailsDrawerChunk>) {
  const ready = useIdle(props.selected !== null);
  if (!ready) return null;
  return (
    <Suspense fallback={null}>
      <DetailsDrawerChunk {...props} />
    </Suspense>
  );
}

/** The toolbar's "Add" menu for editors, its forms' code loaded when idle. */
export function LazyAddNodeButton(props: ComponentProps<typeof AddNodeButtonChunk>) {
  const editor = useHasToken();
  const ready = useIdle();
  if (!editor || !ready) return null;
  return (
    <Suspense fallback={null}>
      <AddNodeButtonChunk {...props} />
    </Suspense>
  );
}
