import { startServer, type ServerProcess } from '../support/server-process.js';

/**
 * Security headers on every answer, no GraphiQL from a CDN, introspection configurable. Before
 * the hardening there was no CSP, no X-Content-Type-Options, no frame-ancestors, X-Powered-By:
 * Express, and GET /graphql served GraphiQL with unpinned React development builds from a CDN.
 */
describe('security headers', () => {
  let s: ServerProcess;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(async () => {
    await s.stop();
  });

  it.each(['/', '/health', '/graphql', '/api/export?format=json&region=nowhere', '/templates/README.md'])(
    '%s has a strict CSP, nosniff, frame-ancestors and no X-Powered-By',
    async (route) => {
      const response = await fetch(`${s.url}${route}`, { headers: { accept: 'text/html' } });
      const csp = response.headers.get('content-security-policy') ?? '';
      const directives = new Map(csp.split(';').map((d) => [d.trim().split(/\s+/)[0], d.trim()]));
      expect(directives.get('script-src')).toBe("script-src 'self'");
      expect(directives.get('default-src')).toBe("default-src 'self'");
      expect(directives.get('object-src')).toBe("object-src 'none'");
      expect(directives.get('frame-ancestors')).toBe("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('x-powered-by')).toBeNull();
    },
  );

  it('GET /graphql from a browser is a page without scripts or CDNs, linking the schema', async () => {
    const response = await fetch(`${s.url}/graphql`, { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).not.toMatch(/<script|cdn|unpkg|jsdelivr/i);
    expect(html).toContain('/graphql/schema.graphql');
    const schema = await fetch(`${s.url}/graphql/schema.graphql`);
    expect(await schema.text()).toMatch(/type Query \{/);
  });

  it('introspection is on by default and off with GRAPHQL_INTROSPECTION=false; frame-ancestors configurable', async () => {
    expect((await s.gql('{ __schema { queryType { name } } }')).body.errors).toBeUndefined();
    const closed = await startServer({
      GRAPHQL_INTROSPECTION: 'false',
      FRAME_ANCESTORS: 'https://intranet.example.org',
    });
    try {
      const refused = await closed.gql('{ __schema { queryType { name } } }');
      expect(refused.status).toBe(400);
      expect(refused.body.errors?.[0]?.message).toMatch(/introspection/i);
      const response = await fetch(`${closed.url}/health`);
      expect(response.headers.get('content-security-policy')).toContain('frame-ancestors https://intranet.example.org');
      expect(response.headers.get('x-frame-options')).toBeNull();
    } finally {
      await closed.stop();
    }
  });
});
