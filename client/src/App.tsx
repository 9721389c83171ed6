import { useEffect, useState } from 'react';

interface NetworkStats {
  initiatives: number;
  actors: number;
  involvements: number;
  influences: number;
  amplifications: number;
  components: number;
  isolatedInitiatives: number;
}

type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; stats: NetworkStats };

const STATS_QUERY = `{ networkStats { initiatives actors involvements influences amplifications components isolatedInitiatives } }`;

const FIGURES: { key: keyof NetworkStats; label: string; hint: string }[] = [
  { key: 'initiatives', label: 'Initiatives', hint: 'small wins in the network' },
  { key: 'actors', label: 'Actors', hint: 'people and organisations behind them' },
  { key: 'amplifications', label: 'Amplifications', hint: 'deepen · broaden · spread' },
  { key: 'involvements', label: 'Involvements', hint: 'actor takes part in initiative' },
  { key: 'influences', label: 'Influences', hint: 'actor to actor' },
  { key: 'components', label: 'Components', hint: 'separate parts of the tie graph' },
  { key: 'isolatedInitiatives', label: 'Isolated', hint: 'initiatives without any tie' },
];

/** Placeholder page until the dashboard lands: what is in the database, and where to go next. */
export function App() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: STATS_QUERY }),
      signal: controller.signal,
    })
      .then(async (response) => {
        const body = (await response.json()) as {
          data?: { networkStats: NetworkStats };
          errors?: { message: string }[];
        };
        if (!body.data) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
        setLoad({ state: 'ready', stats: body.data.networkStats });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted)
          setLoad({ state: 'error', message: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, []);

  return (
    <main>
      <header>
        <h1>Small Wins Atlas</h1>
        <p>How small wins deepen, broaden and spread across a network of initiatives and the actors behind them.</p>
      </header>
      {load.state === 'loading' && <p role="status">Loading the network…</p>}
      {load.state === 'error' && (
        <p role="alert" className="error">
          The API did not answer: {load.message}
        </p>
      )}
      {load.state === 'ready' && load.stats.initiatives === 0 && (
        <p role="status" className="empty">
          The network is empty. Import a spreadsheet with <code>npm run import -- templates/example</code>, or restart
          with demo data (<code>SEED_DEMO=true</code>).
        </p>
      )}
      {load.state === 'ready' && (
        <section aria-label="Network figures" className="figures">
          {FIGURES.map((f) => (
            <div key={f.key} className="figure" data-testid={`figure-${f.key}`}>
              <span className="value">{load.stats[f.key].toLocaleString('en')}</span>
              <span className="label">{f.label}</span>
              <span className="hint">{f.hint}</span>
            </div>
          ))}
        </section>
      )}
      <nav aria-label="Next steps" className="links">
        <a href="/graphql">GraphQL API</a>
        <a href="/api/export?format=gexf">Download GEXF (Gephi)</a>
        <a href="/api/export?format=xlsx">Download XLSX</a>
        <a href="/api/export?format=json">Download JSON</a>
        <a href="/health">Health</a>
      </nav>
      <footer>
        The dashboard (explorer, diffusion, isolation radar, rankings) is coming; this page shows the API is up.
      </footer>
    </main>
  );
}
