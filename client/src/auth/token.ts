// The API token the dashboard sends with its requests: reads are open by default, writes (editing,
// import) need an editor token. Kept in this browser's localStorage, never in the URL.
const KEY = 'atlas.token';

type Listener = (token: string | null) => void;
const listeners = new Set<Listener>();

export function getToken(): string | null {
  return typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY);
}

export function setToken(token: string | null): void {
  if (token) localStorage.setItem(KEY, token.trim());
  else localStorage.removeItem(KEY);
  for (const listener of listeners) listener(getToken());
}

/** Called whenever the token changes in this tab; returns the unsubscribe function. */
export function onTokenChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Called whenever the token changes, in this tab or another one (which signs in or out, or clears
 * the storage); returns the unsubscribe function.
 */
export function subscribeToken(listener: () => void): () => void {
  const unsubscribe = onTokenChange(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    unsubscribe();
    window.removeEventListener('storage', onStorage);
  };
}

/** `authorization` header for fetch, empty without a token. */
export function authHeaders(): Record<string, string> {
  const token = getToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}
