import { readFileSync } from 'node:fs';
import type { NextFunction, Request, Response } from 'express';

/** Example operations shown on the page (the README has more). */
const EXAMPLES = [
  '{ networkStats { initiatives actors amplifications components isolatedInitiatives } }',
  '{ cascades(sortBy: SIZE, first: 5) { root { id name } size depth structuralVirality } }',
  '{ isolatedInitiatives(region: "Drenthe") { initiative { name } suggestions { initiative { name } reasons } } }',
  '{ actorRanking(measure: BETWEENNESS, first: 5) { rank actor { name } score } }',
];

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The page GET /graphql shows a browser: no GraphiQL from a CDN, but the schema and examples. */
function page(): string {
  const examples = EXAMPLES.map((q) => `<pre>${escape(q)}</pre>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Small Wins Atlas GraphQL API</title></head>
<body>
<h1>Small Wins Atlas GraphQL API</h1>
<p>Send queries with <code>POST /graphql</code> and <code>content-type: application/json</code>, for example
<code>curl -s http://HOST/graphql -H 'content-type: application/json' -d '{"query":"{ networkStats { initiatives } }"}'</code>.
Writes need <code>Authorization: Bearer &lt;editor token&gt;</code>.</p>
<p>The schema: <a href="/graphql/schema.graphql">schema.graphql</a>. Any GraphQL client (GraphiQL, Altair, Insomnia, …)
can read it, or ask the API itself when introspection is on (GRAPHQL_INTROSPECTION).</p>
<h2>Examples</h2>
${examples}
</body>
</html>
`;
}

/**
 * GET /graphql from a browser answers a plain page (no script, so it passes the CSP) linking the
 * schema and showing examples, and GET /graphql/schema.graphql the committed schema. Everything
 * else on /graphql goes on to the API.
 */
export function graphqlPage(schemaFile: string) {
  const html = page();
  return (request: Request, response: Response, next: NextFunction): void => {
    if (request.method !== 'GET') return next();
    if (request.path === '/schema.graphql') {
      response.type('text/plain; charset=utf-8').send(readFileSync(schemaFile, 'utf8'));
      return;
    }
    if (request.path === '/' && request.query.query === undefined && request.accepts(['json', 'html']) === 'html') {
      response.type('html').send(html);
      return;
    }
    next();
  };
}
