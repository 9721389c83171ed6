import { describe, expect, it } from '@jest/globals';
import { checkFiles, interpretImportResponse, locateProblem, mergeFiles, sortProblems } from './import-report';

describe('locating the server’s import problems', () => {
  it('reads file, row and column of a CSV problem', () => {
    expect(locateProblem('amplifications.csv row 7, column toInitiativeId (B)', 'unknown initiative')).toMatchObject({
      file: 'amplifications.csv',
      sheet: null,
      row: 7,
      rowLabel: '7',
      column: 'toInitiativeId (B)',
    });
    expect(locateProblem('initiatives.csv row 2', 'name must not be empty')).toMatchObject({
      file: 'initiatives.csv',
      row: 2,
      column: null,
    });
    expect(locateProblem('foo.csv', 'unknown file')).toMatchObject({ file: 'foo.csv', row: null, column: null });
  });

  it('reads the sheet of an XLSX problem', () => {
    expect(locateProblem('book.xlsx, sheet initiatives, row 3, column startedOn (E)', 'bad date')).toMatchObject({
      file: 'book.xlsx',
      sheet: 'initiatives',
      row: 3,
      column: 'startedOn (E)',
    });
    expect(locateProblem('book.xlsx, sheet extra', 'unknown sheet')).toMatchObject({
      file: 'book.xlsx',
      sheet: 'extra',
      row: null,
    });
  });

  it('reads the entry and field of a JSON problem, and a syntax error’s line', () => {
    expect(locateProblem('net.json: amplifications[0].toInitiativeId', 'unknown initiative')).toMatchObject({
      file: 'net.json',
      row: 1,
      rowLabel: 'amplifications[0]',
      column: 'toInitiativeId',
    });
    expect(locateProblem('net.json: initiatives[12]', 'duplicate id')).toMatchObject({
      rowLabel: 'initiatives[12]',
      column: null,
    });
    expect(locateProblem('net.json line 4, column 17', 'invalid JSON')).toMatchObject({
      file: 'net.json',
      row: 4,
      rowLabel: 'line 4',
      column: 'character 17',
    });
    expect(locateProblem('net.json: people', 'unknown section')).toMatchObject({ file: 'net.json', column: 'people' });
  });

  it('keeps a place it does not know as the whole upload’s', () => {
    expect(locateProblem('files', 'no file was uploaded')).toMatchObject({ file: null, row: null, path: 'files' });
  });

  it('sorts by file, then row as a number, then column', () => {
    const sorted = sortProblems([
      locateProblem('initiatives.csv row 10, column name (B)', 'a'),
      locateProblem('initiatives.csv row 9, column startedOn (E)', 'b'),
      locateProblem('amplifications.csv row 2, column mode (C)', 'c'),
      locateProblem('initiatives.csv row 9, column name (B)', 'd'),
      locateProblem('files', 'e'),
    ]);
    expect(sorted.map((p) => p.message)).toEqual(['e', 'c', 'd', 'b', 'a']);
  });
});

describe('reading the answer of POST /api/import', () => {
  it('gives the counts written', () => {
    expect(interpretImportResponse(201, '{"report":{"initiatives":2,"amplifications":1}}')).toEqual({
      kind: 'written',
      counts: {
        initiatives: 2,
        actors: 0,
        involvements: 0,
        influences: 0,
        amplifications: 1,
        outcomes: 0,
        barriers: 0,
      },
    });
  });

  it('tells a dry run (counts that would be written) from a write', () => {
    const outcome = interpretImportResponse(201, '{"report":{"initiatives":2},"dryRun":true}');
    expect(outcome.kind).toBe('checked');
    expect(outcome.kind === 'checked' && outcome.counts.initiatives).toBe(2);
  });

  it('gives the problems, located and sorted', () => {
    const body = JSON.stringify({
      code: 'BAD_USER_INPUT',
      message: 'invalid upload (2 problems)',
      problems: [
        { path: 'initiatives.csv row 3, column startedOn (E)', message: "bad date '2020-13-01'" },
        { path: 'amplifications.csv row 2, column toInitiativeId (B)', message: "unknown initiative 'x'" },
      ],
    });
    const outcome = interpretImportResponse(400, body);
    expect(outcome.kind).toBe('problems');
    if (outcome.kind !== 'problems') return;
    expect(outcome.problems.map((p) => [p.file, p.row, p.column])).toEqual([
      ['amplifications.csv', 2, 'toInitiativeId (B)'],
      ['initiatives.csv', 3, 'startedOn (E)'],
    ]);
  });

  it('says why the server refused without problems, also when the body is not JSON', () => {
    expect(
      interpretImportResponse(401, '{"code":"UNAUTHENTICATED","message":"needs the editor role","problems":[]}'),
    ).toEqual({ kind: 'refused', status: 401, code: 'UNAUTHENTICATED', message: 'needs the editor role' });
    expect(interpretImportResponse(502, 'Bad gateway')).toEqual({
      kind: 'refused',
      status: 502,
      code: null,
      message: 'the server answered HTTP 502: Bad gateway',
    });
  });
});

describe('checking files before upload', () => {
  it('accepts CSV files together and one XLSX or JSON', () => {
    expect(checkFiles(['initiatives.csv', 'amplifications.CSV', 'book.xlsx'])).toEqual([]);
    expect(checkFiles(['network.json'])).toEqual([]);
  });

  it('names the files it would not send and why', () => {
    expect(checkFiles(['export.zip', 'notes.txt', 'a.json', 'initiatives.csv'])).toEqual([
      { name: 'export.zip', reason: 'zip' },
      { name: 'notes.txt', reason: 'type' },
      { name: 'a.json', reason: 'jsonMixed' },
    ]);
    expect(checkFiles(Array.from({ length: 21 }, (_, i) => `f${i}.csv`))).toEqual([{ name: '21', reason: 'tooMany' }]);
  });

  it('replaces a file chosen again under the same name', () => {
    expect(
      mergeFiles(
        [
          { name: 'a.csv', v: 1 },
          { name: 'b.csv', v: 1 },
        ],
        [{ name: 'a.csv', v: 2 }],
      ),
    ).toEqual([
      { name: 'b.csv', v: 1 },
      { name: 'a.csv', v: 2 },
    ]);
  });
});
