// A page's code, loaded once by whoever asks first: the start (main.tsx, for the page the address
// opens) or the route (App.tsx, React.lazy). Once it has loaded, the route renders it at once.
import { lazy, type ComponentType } from 'react';

export interface PageModule<M> {
  /** Loads the module (once); resolves when it has loaded and run. */
  load: () => Promise<M>;
  /**
   * A lazy route component for one of its exports. Before the module has loaded it suspends, as
   * React.lazy does; after, it renders in the same pass. A suspended page would show the loading
   * fallback and then wait out React's reveal throttle (up to 300 ms after that fallback appeared)
   * before its first commit: on the explorer's default view, about 80 ms of a first picture's second.
   */
  lazy: <P extends object>(pick: (module: M) => ComponentType<P>) => ComponentType<P>;
}

export function pageModule<M>(importer: () => Promise<M>): PageModule<M> {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  const load = () =>
    (loading ??= importer().then((module) => {
      loaded = module;
      return module;
    }));
  return {
    load,
    lazy<P extends object>(pick: (module: M) => ComponentType<P>) {
      return lazy(() => {
        if (loaded === undefined) return load().then((module) => ({ default: pick(module) }));
        // React.lazy reads a thenable that calls back at once without suspending (react's lazyInitializer)
        const ready = { default: pick(loaded) };
        const thenable = { then: (resolve: (value: typeof ready) => void) => resolve(ready) };
        return thenable as unknown as Promise<typeof ready>;
      });
    },
  };
}
