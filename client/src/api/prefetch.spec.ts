import { afterEach, describe, expect, it } from '@jest/globals';
import { bumpDataVersion } from './data-version';
import { ExplorerSliceDocument } from './generated/graphql';
import { prefetch, takePrefetched } from './prefetch';

/** A server answering /graphql (fetch is the browser's; here a function that counts the requests). */
function answering(body: unknown) {
  const calls: string[] = [];
  globalThis.fetch = ((_url: string, init: { body: string }) => {
    calls.push(init.body);
    return Promise.resolve(new Response(JSON.stringify({ data: body }), { status: 200 }));
  }) as typeof fetch;
  return calls;
}

describe('answers asked for as the page starts', () => {
  const variables = { filter: { regions: ['Utrecht'] }, limit: 1500 };
  const original = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = original;
  });

  it('gives the early answer once, to the same document and variables', async () => {
    const calls = answering({ sliceLayout: { nodeCount: 3 } });
    prefetch(ExplorerSliceDocument, variables);
    expect(calls).toHaveLength(1);
    expect(takePrefetched(ExplorerSliceDocument, JSON.stringify({ ...variables, limit: 100 }))).toBeUndefined();
    const early = takePrefetched(ExplorerSliceDocument, JSON.stringify(variables));
    await expect(early).resolves.toEqual({ sliceLayout: { nodeCount: 3 } });
    // taken: the next one asks the server again
    expect(takePrefetched(ExplorerSliceDocument, JSON.stringify(variables))).toBeUndefined();
  });

  it('drops an early answer once the dashboard has written since', () => {
    answering({ sliceLayout: { nodeCount: 3 } });
    prefetch(ExplorerSliceDocument, variables);
    bumpDataVersion();
    expect(takePrefetched(ExplorerSliceDocument, JSON.stringify(variables))).toBeUndefined();
  });
});
