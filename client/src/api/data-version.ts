// A counter that goes up after every write from the editing forms, so views that show the network
// can load it again. `useDataVersion()` in a component (or in a query's dependencies) re-renders it
// after each write.
import { useSyncExternalStore } from 'react';

let version = 0;
const listeners = new Set<(version: number) => void>();

/** Call after a successful write: every subscriber hears the new version. */
export function bumpDataVersion(): void {
  version += 1;
  for (const listener of listeners) listener(version);
}

export function getDataVersion(): number {
  return version;
}

/** Called with the new version after each write; returns the unsubscribe function. */
export function onDataVersion(listener: (version: number) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current data version; the component re-renders when it changes. */
export function useDataVersion(): number {
  return useSyncExternalStore(onDataVersion, getDataVersion);
}
