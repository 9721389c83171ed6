import net from 'node:net';

/** The test database must be up (scripts/test.mjs starts it); fail early and clearly if not. */
export default async function globalSetup(): Promise<void> {
  const uri = new URL((process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7688').replace(/^bolt/, 'http'));
  const open = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: uri.hostname, port: Number(uri.port || 7687) });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
  if (!open) {
    throw new Error(`no Neo4j at ${uri.host}: run the tests with 'npm test', which starts the test database`);
  }
}
