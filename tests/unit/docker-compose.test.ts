// docker-compose.yml is not run here (no Docker on the development and CI machines), so this test
// is its check: every variable it uses is one that is there when it is used.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string | number | boolean | null> | string[];
  command?: string | string[];
  entrypoint?: string | string[];
  healthcheck?: { test?: string | string[] };
  depends_on?: Record<string, { condition?: string }> | string[];
  ports?: string[];
  volumes?: string[];
}
interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const compose = parse(read('docker-compose.yml')) as Compose;
const services = Object.entries(compose.services);

/**
 * The variables in a compose string: `compose` ones (${X}, $X, ${X:-d}, ${X:?e}), filled in by
 * docker compose from the user's environment, and `container` ones ($${X}, $$X), left to the
 * container's shell.
 */
function variablesIn(text: string): { compose: string[]; container: string[] } {
  const found = { compose: [] as string[], container: [] as string[] };
  const name = /^\{?([A-Za-z_][A-Za-z0-9_]*)/;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '$') continue;
    const escaped = text[i + 1] === '$';
    const rest = text.slice(i + (escaped ? 2 : 1));
    const match = name.exec(rest);
    if (match?.[1]) (escaped ? found.container : found.compose).push(match[1]);
    if (escaped) i++;
  }
  return found;
}

const environmentOf = (service: Service): Record<string, string> => {
  const env = service.environment ?? {};
  if (Array.isArray(env))
    return Object.fromEntries(env.map((e) => [e.split('=')[0]!, e.split('=').slice(1).join('=')]));
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v ?? '')]));
};
/** The strings that a container's shell runs: health check, command, entrypoint. */
const shellStrings = (service: Service): string[] =>
  [service.healthcheck?.test, service.command, service.entrypoint].flatMap((v) => (v === undefined ? [] : [v].flat()));

describe('docker-compose.yml', () => {
  it('parses variables the way compose does: $$ is the container shell, $ is compose', () => {
    expect(variablesIn('a $${B} $$C ${D:-x} $E ${F:?set F} $${G#*/}')).toEqual({
      compose: ['D', 'E', 'F'],
      container: ['B', 'C', 'G'],
    });
  });

  it.each(services)(
    '%s: every $$ variable of its health check, command and entrypoint is in its environment',
    (_, service) => {
      const env = environmentOf(service);
      const used = shellStrings(service).flatMap((s) => variablesIn(s).container);
      for (const variable of used) expect({ variable, defined: variable in env }).toEqual({ variable, defined: true });
    },
  );

  it('uses only compose variables that .env.example documents', () => {
    const documented = new Set(
      read('.env.example')
        .split('\n')
        .map((line) => /^#?\s*([A-Z][A-Z0-9_]*)=/.exec(line)?.[1])
        .filter((v): v is string => v !== undefined),
    );
    const text = read('docker-compose.yml')
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('#'))
      .join('\n');
    const used = [...new Set(variablesIn(text).compose)];
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((v) => !documented.has(v))).toEqual([]);
  });

  it('starts atlas only when neo4j is healthy, and neo4j has a health check', () => {
    const atlas = compose.services.atlas!;
    expect(atlas.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(compose.services.neo4j?.healthcheck?.test).toBeDefined();
    expect(atlas.healthcheck?.test).toBeDefined();
  });

  it('points atlas at the neo4j service with the password neo4j was given', () => {
    const atlas = environmentOf(compose.services.atlas!);
    const neo4j = environmentOf(compose.services.neo4j!);
    expect(atlas.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(neo4j.NEO4J_AUTH).toMatch(new RegExp(`^${atlas.NEO4J_USER}/`));
    const passwordVariable = (value: string | undefined) => variablesIn(value ?? '').compose;
    expect(passwordVariable(neo4j.NEO4J_AUTH)).toEqual(['NEO4J_PASSWORD']);
    expect(passwordVariable(atlas.NEO4J_PASSWORD)).toEqual(['NEO4J_PASSWORD']);
  });

  it("publishes atlas on the port its image listens on, on every address, and checks that port's /health", () => {
    const dockerfile = read('Dockerfile');
    const port = /ENV [^\n]*\bPORT=(\d+)/.exec(dockerfile)?.[1];
    expect(port).toBeDefined();
    expect(dockerfile).toMatch(/ENV [^\n]*\bHOST=0\.0\.0\.0/);
    expect(dockerfile).toContain(`EXPOSE ${port}`);
    const atlas = compose.services.atlas!;
    expect(atlas.ports?.map((p) => p.split(':').at(-1))).toEqual([port]);
    expect(shellStrings(atlas).join(' ')).toContain(`http://127.0.0.1:${port}/health`);
  });

  it('declares every named volume it mounts', () => {
    const named = services
      .flatMap(([, s]) => (s.volumes ?? []).map((v) => v.split(':')[0]!))
      .filter((v) => !/^[./~]/.test(v));
    expect(named.length).toBeGreaterThan(0);
    for (const volume of named) expect(Object.keys(compose.volumes ?? {})).toContain(volume);
  });
});
