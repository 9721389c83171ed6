import { TOKENS, type TestApp } from './app.js';

/** API_TOKENS with a name per role, so the change log's "who" is known to the tests. */
export const NAMED_TOKENS = {
  API_TOKENS: [
    `viewer:${TOKENS.viewer}:Vera Viewer`,
    `editor:${TOKENS.editor}:Eddie Editor`,
    `admin:${TOKENS.admin}:Ada Admin`,
  ].join(','),
};

export interface EntityChangeView {
  kind: string;
  action: string;
  key: string;
  nodeIds: string[];
  label: string;
  fields: { field: string; before: string | null; after: string | null }[];
  before: string | null;
  after: string | null;
}

export interface ChangeSetView {
  seq: number;
  at: string;
  who: string;
  operation: string;
  summary: string;
  counts: { kind: string; created: number; updated: number; deleted: number }[];
  entryCount: number;
  undoes: number | null;
  undoneBy: number | null;
  entries: { totalCount: number; items: EntityChangeView[] };
}

export const CHANGE_FIELDS = `seq at who operation summary counts { kind created updated deleted } entryCount undoes undoneBy
  entries(first: 100) { totalCount items { kind action key nodeIds label fields { field before after } before after } }`;

/** The data version (networkStats.dataVersion). */
export async function dataVersion(t: TestApp): Promise<number> {
  const r = await t.gql<{ networkStats: { dataVersion: number } }>('{ networkStats { dataVersion } }', {}, null);
  expect(r.errors).toBeUndefined();
  return r.data!.networkStats.dataVersion;
}

/** The change sets committed after `seq`, oldest first, with their entries. */
export async function changesAfter(t: TestApp, seq: number): Promise<ChangeSetView[]> {
  const r = await t.gql<{ changes: { edges: { node: ChangeSetView }[] } }>(
    `{ changes(first: 10) { edges { node { ${CHANGE_FIELDS} } } } }`,
    {},
    null,
  );
  expect(r.errors).toBeUndefined();
  return r
    .data!.changes.edges.map((e) => e.node)
    .filter((c) => c.seq > seq)
    .reverse();
}

/** Runs a write and returns the one change set it recorded (the test fails when it recorded another number). */
export async function oneChange(t: TestApp, write: () => Promise<unknown>): Promise<ChangeSetView> {
  const before = await dataVersion(t);
  await write();
  const changes = await changesAfter(t, before);
  expect(changes.map((c) => `${c.seq} ${c.operation}`)).toHaveLength(1);
  expect(await dataVersion(t)).toBe(changes[0]!.seq);
  return changes[0]!;
}

/** An entry's state before or after, parsed. */
export const state = (json: string | null): Record<string, unknown> | null =>
  json === null ? null : (JSON.parse(json) as Record<string, unknown>);
