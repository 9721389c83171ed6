import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { TOKENS, uniquePrefix } from '../support/app.js';
import { deleteByPrefixAt } from '../support/cleanup.js';
import { answerOf, startServer, type ServerProcess } from '../support/server-process.js';
import { RELIABILITY_NEO4J_URI } from '../support/throwaway-neo4j.js';

const CREATE = 'mutation($i: InitiativeInput!) { createInitiative(input: $i) { id } }';

/** A valid workbook whose one extra sheet inflates to `bytes`: 1 MB or so on disk. */
async function xlsxBomb(bytes: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('initiatives').addRow(['id', 'name']);
  const files = unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
  files['xl/media/padding.bin'] = new Uint8Array(bytes);
  return Buffer.from(zipSync(files, { level: 9 }));
}

/**
 * Input and output hygiene: limits on every text and list, no control characters, CSV exports
 * that a spreadsheet cannot run as formulas, and upload caps. Before the hardening a 10 MB name,
 * 50,000 themes and NUL bytes were stored, =HYPERLINK(…) was exported as is, and a 0.9 MB XLSX
 * that unzips to 207 MB took 9.8 s and 1.86 GB.
 */
describe('input and output hygiene', () => {
  let s: ServerProcess;
  const p = uniquePrefix('hygiene');
  const stored = async (id: string) =>
    (await s.gql('query($id: ID!) { initiative(id: $id) { id } }', { id })).body.data?.initiative ?? null;

  let bomb: Buffer;

  beforeAll(async () => {
    // built first: zipping 207 MB blocks this process for seconds, and a keep-alive connection
    // left idle that long is closed by the server just as the next request is sent on it
    bomb = await xlsxBomb(207 * 1024 * 1024);
    s = await startServer();
  });
  afterAll(async () => {
    await s.stop();
    await deleteByPrefixAt(RELIABILITY_NEO4J_URI, p);
  });

  it.each([
    ['a 10 MB name', { name: 'x'.repeat(10 * 1024 * 1024) }, /input.name: is 10485760 characters long; at most 300/],
    [
      '50,000 themes',
      { themes: Array.from({ length: 50_000 }, (_, i) => `t${i}`) },
      /input.themes: has 50000 items; at most 100/,
    ],
    ['a NUL byte', { name: 'nul\u0000byte' }, /input.name: contains the control character U\+0000/],
    [
      'a control character in a description',
      { description: 'bell\u0007' },
      /input.description: contains the control character U\+0007/,
    ],
  ])('refuses %s, and stores nothing', async (_what, fields, message) => {
    const id = `${p}${Object.keys(fields)[0]}`;
    const answer = await s.gql(CREATE, { i: { id, name: 'ok', ...fields } }, 'editor');
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.body.errors?.[0]?.message).toMatch(message);
    expect(await stored(id)).toBeNull();
  });

  it('keeps newlines and tabs in free text, and Cypher- or markup-looking text verbatim', async () => {
    const id = `${p}ok' }) MATCH (n) DETACH DELETE n //`;
    const answer = await s.gql(CREATE, { i: { id, name: '<b>bold</b>', description: 'one\n\ttwo' } }, 'editor');
    expect(answer.body.errors).toBeUndefined();
    expect(await stored(id)).toEqual({ id });
  });

  it('neutralises CSV cells starting with = + - @ (OWASP CSV injection)', async () => {
    const names = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-1+2', '@SUM(A1)'];
    for (const [k, name] of names.entries()) {
      const answer = await s.gql(CREATE, { i: { id: `${p}csv-${k}`, name, region: `${p}R` } }, 'editor');
      expect(answer.body.errors).toBeUndefined();
    }
    const response = await fetch(`${s.url}/api/export?format=csv&region=${encodeURIComponent(`${p}R`)}`);
    expect(response.status).toBe(200);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const csv = new TextDecoder().decode(files['initiatives.csv']);
    for (const line of csv
      .split('\n')
      .slice(1)
      .filter((l) => l.startsWith(p))) {
      const name = line.split(',')[1]!;
      expect(name).toMatch(/^"?'[=+\-@]/);
    }
    expect(csv).not.toMatch(/,=HYPERLINK/);
  });

  it('refuses an XLSX that unzips to 207 MB quickly, as one TOO_LARGE error, with memory bounded', async () => {
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const before = s.usage().rssMb;
    const boundary = 'reliability-boundary';
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\ncontent-disposition: form-data; name="files"; filename="bomb.xlsx"\r\ncontent-type: application/octet-stream\r\n\r\n`,
      ),
      bomb,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const started = Date.now();
    const response = await fetch(`${s.url}/api/import?dryRun=true`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${TOKENS.editor}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      body,
    });
    const answer = await answerOf(response, started);
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ code: 'TOO_LARGE', problems: [] });
    expect(String(answer.body.message)).toMatch(/bomb.xlsx unzips to more than 200 MB/);
    expect(answer.ms).toBeLessThan(5000);
    expect(s.usage().rssMb).toBeLessThan(before + 150);
  });
});
