/** @jest-environment ./tests/support/jsdom-environment.mjs */
import { describe, expect, it } from '@jest/globals';
import { act, render, screen } from '@testing-library/react';
import { Suspense, type ComponentType } from 'react';
import { pageModule } from './page-module';

function Page({ name }: { name: string }) {
  return <p>page {name}</p>;
}

/** A module whose import resolves when the test says so, counting how often it was imported. */
function deferredModule() {
  let resolve: (m: { Page: typeof Page }) => void = () => undefined;
  let imports = 0;
  const importer = () => {
    imports += 1;
    return new Promise<{ Page: typeof Page }>((r) => (resolve = r));
  };
  return { importer, resolve: (m: { Page: typeof Page }) => resolve(m), imports: () => imports };
}

const view = (Lazy: ComponentType<{ name: string }>) => (
  <Suspense fallback={<p>loading</p>}>
    <Lazy name="x" />
  </Suspense>
);

describe('pageModule', () => {
  it('renders a page whose code has loaded in the first pass, without the fallback', async () => {
    const deferred = deferredModule();
    const page = pageModule(deferred.importer);
    const loading = page.load();
    deferred.resolve({ Page });
    await loading;
    const Lazy = page.lazy((m) => m.Page);
    render(view(Lazy));
    // no act() flush needed: the page is there at once, and the fallback never was
    expect(screen.getByText('page x')).toBeTruthy();
    expect(screen.queryByText('loading')).toBeNull();
    expect(deferred.imports()).toBe(1);
  });

  it('suspends on a page still loading, then shows it, importing it once for both askers', async () => {
    const deferred = deferredModule();
    const page = pageModule(deferred.importer);
    const early = page.load();
    const Lazy = page.lazy((m) => m.Page);
    render(view(Lazy));
    expect(screen.getByText('loading')).toBeTruthy();
    await act(async () => {
      deferred.resolve({ Page });
      await early;
    });
    expect(await screen.findByText('page x')).toBeTruthy();
    expect(deferred.imports()).toBe(1);
  });
});
