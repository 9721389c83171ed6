import { compareSchemas } from '../../scripts/schema-diff.mjs';

const release = `
  type Query { stats: Stats! }
  type Stats { initiatives: Int! actors: Int! }
`;

describe('scripts/schema-diff.mjs (npm run schema:diff)', () => {
  it('fails a removed field as breaking, with the type and path to mark it by', async () => {
    const r = await compareSchemas(release, 'type Query { stats: Stats! } type Stats { initiatives: Int! }');
    expect(r.breaking.map((c) => `${c.type} ${c.path}`)).toEqual(['FIELD_REMOVED Stats.actors']);
  });

  it('lets a breaking change through when it is marked with a reason, and reports marks that match nothing', async () => {
    const marks = [
      { type: 'FIELD_REMOVED', path: 'Stats.actors', reason: 'actors are counted by actorStats now' },
      { type: 'FIELD_REMOVED', path: 'Query.gone', reason: 'stale' },
    ];
    const r = await compareSchemas(release, 'type Query { stats: Stats! } type Stats { initiatives: Int! }', marks);
    expect(r.breaking).toEqual([]);
    expect(r.marked.map((c) => c.reason)).toEqual(['actors are counted by actorStats now']);
    expect(r.unusedMarks.map((m) => m.path)).toEqual(['Query.gone']);
  });

  it('passes an added field as safe', async () => {
    const r = await compareSchemas(release, `${release} extend type Stats { isolates: Int! }`);
    expect(r.breaking).toEqual([]);
    expect(r.safe.map((c) => `${c.type} ${c.path}`)).toEqual(['FIELD_ADDED Stats.isolates']);
  });
});
