import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What one request computes once however many fields ask for it (the data version of the
 * analytics cache, checked once per request and not once per alias): a store per HTTP request,
 * entered by requestScope() (a middleware, first in line) and carried by Node through every
 * await of that request. Outside a request (the CLI, tests of a service) nothing is shared.
 */
const storage = new AsyncLocalStorage<Map<string, Promise<unknown>>>();

/** Express middleware: the rest of the request runs in a fresh scope. */
export function requestScope(_request: unknown, _response: unknown, next: () => void): void {
  storage.run(new Map(), next);
}

/** `compute()` once per request and key; every call in the same request gets the same promise. */
export function oncePerRequest<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const scope = storage.getStore();
  if (!scope) return compute();
  let found = scope.get(key) as Promise<T> | undefined;
  if (!found) {
    found = compute();
    scope.set(key, found);
  }
  return found;
}

/** true inside a request's scope (for tests) */
export function inRequestScope(): boolean {
  return storage.getStore() !== undefined;
}
