import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CypherRegistry } from './cypher-registry.js';

function folder(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cypher-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe('CypherRegistry', () => {
  it('loads queries by name and splits migrations into statements', () => {
    const registry = new CypherRegistry(
      folder({
        'a/find-x.cypher': '// name: a/find-x\n// purpose: finds x\n// params: none\n// returns: x\nMATCH (x) RETURN x',
        'schema/0001-x.cypher':
          '// constraints\nCREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE;\nCREATE INDEX b IF NOT EXISTS FOR (n:A) ON (n.b);\n',
      }),
    );
    expect(registry.get('a/find-x')).toContain('MATCH (x) RETURN x');
    expect(registry.migrationStatements().map((s) => s.statement)).toEqual([
      'CREATE CONSTRAINT a IF NOT EXISTS FOR (n:A) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX b IF NOT EXISTS FOR (n:A) ON (n.b)',
    ]);
    expect(() => registry.get('a/missing')).toThrow(/no query named 'a\/missing'/);
  });

  it('fails fast on a header that does not match the file or lacks a purpose', () => {
    expect(
      () =>
        new CypherRegistry(
          folder({
            'a/one.cypher': '// name: a/two\n// purpose: x\n// params: none\n// returns: 1\nRETURN 1',
            'b/three.cypher': '// name: b/three\n// params: none\n// returns: 1\nRETURN 1',
          }),
        ),
    ).toThrow(
      /a\/one\.cypher: its header must say '\/\/ name: a\/one'[\s\S]*b\/three\.cypher: its header has no '\/\/ purpose:' line/,
    );
  });
});
