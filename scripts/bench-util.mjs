// Helpers shared by the bench's sections (scripts/bench.mjs and the bench-*.mjs it runs).

/**
 * Waits until the server's work ahead (database/warmer.ts: the dashboard's answers and the default
 * layouts, recomputed after every write and at start) is done: GET /health says it is not busy
 * twice, a poll interval (2 s) apart, so warm timings do not share the cores with it.
 */
export async function untilIdle(url, timeoutMs = 600_000) {
  const until = Date.now() + timeoutMs;
  let idle = 0;
  while (idle < 2 && Date.now() < until) {
    const health = await (await fetch(`${url}/health`)).json();
    idle = health.background?.busy === false ? idle + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 2500));
  }
}
