import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One query from `cypher/<domain>/<verb-noun>.cypher`, with the header's name and purpose. */
export interface CypherQuery {
  name: string;
  file: string;
  text: string;
  purpose: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return entry.name.endsWith('.cypher') ? [full] : [];
  });
}

/** Reads the `// key: value` lines at the top of a .cypher file. */
function readHeader(text: string): Record<string, string> {
  const header: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^\/\/\s*(\w+):\s*(.*)$/.exec(line.trim());
    if (!match) {
      if (line.trim() === '' || line.trim().startsWith('//')) continue;
      break;
    }
    header[match[1]!.toLowerCase()] = match[2]!.trim();
  }
  return header;
}

/**
 * All named queries, loaded once at start. A file's name is its path under cypher/ without the
 * extension (`network/import-initiatives`), and its header must say the same name. Schema
 * migrations (cypher/schema/NNNN-*.cypher) are kept apart, in file order.
 */
export class CypherRegistry {
  private readonly queries = new Map<string, CypherQuery>();
  readonly migrations: CypherQuery[] = [];

  constructor(readonly root: string) {
    const problems: string[] = [];
    for (const file of walk(root).sort()) {
      const relative = path.relative(root, file).split(path.sep).join('/');
      const name = relative.replace(/\.cypher$/, '');
      const text = readFileSync(file, 'utf8');
      const header = readHeader(text);
      const query: CypherQuery = { name, file: relative, text, purpose: header.purpose ?? '' };
      if (relative.startsWith('schema/')) {
        this.migrations.push(query);
        continue;
      }
      if (header.name !== name) {
        problems.push(`${relative}: its header must say '// name: ${name}' (found '${header.name ?? ''}')`);
      }
      for (const key of ['purpose', 'params', 'returns']) {
        if (!header[key]) problems.push(`${relative}: its header has no '// ${key}:' line`);
      }
      if (this.queries.has(name)) problems.push(`${relative}: duplicate query name '${name}'`);
      this.queries.set(name, query);
    }
    if (problems.length > 0) throw new Error(`cypher registry:\n  ${problems.join('\n  ')}`);
  }

  /** The query text by name; an unknown name is a programming error and fails loudly. */
  get(name: string): string {
    const query = this.queries.get(name);
    if (!query) throw new Error(`cypher registry: no query named '${name}' under ${this.root}`);
    return query.text;
  }

  all(): CypherQuery[] {
    return [...this.queries.values()];
  }

  /** Statements of all migrations, split on ';' at line ends, in order. */
  migrationStatements(): { file: string; statement: string }[] {
    return this.migrations.flatMap((m) =>
      m.text
        .split(/;\s*(?:\n|$)/)
        .map((s) => s.replace(/^\s*\/\/.*$/gm, '').trim())
        .filter((s) => s.length > 0)
        .map((statement) => ({ file: m.file, statement })),
    );
  }
}
