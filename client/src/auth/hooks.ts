// The editor token as React state: whether this browser holds one (edit controls show only then),
// and whether the API still takes the one kept from before.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { checkKeptToken } from './token-check';
import { getToken, subscribeToken } from './token';

const hasToken = () => getToken() !== null;

/** Whether this browser holds an API token, kept current, also when another tab signs in or out. */
export function useHasToken(): boolean {
  return useSyncExternalStore(subscribeToken, hasToken);
}

/**
 * Whether the kept token is no longer an editor's (replaced on the server, or a viewer's): asked of
 * the API once per page load and token, and again when the sign-in changes. The setter is for the
 * sign-in dialog (a new token, or none, is not stale).
 */
export function useStaleToken(signedIn: boolean): [boolean, (stale: boolean) => void] {
  const [stale, setStale] = useState(false);
  useEffect(() => {
    const kept = getToken();
    if (!kept) return;
    let live = true;
    void checkKeptToken(kept).then((v) => {
      if (live) setStale(v === 'invalid' || v === 'viewer');
    });
    return () => {
      live = false;
    };
  }, [signedIn]);
  return [stale, setStale];
}
