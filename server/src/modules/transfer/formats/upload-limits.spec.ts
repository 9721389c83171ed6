import { describe, expect, it } from '@jest/globals';
import { zipSync } from 'fflate';
import { AppError } from '../../../common/app-error.js';
import { readNetworkFiles } from './read-tables.js';
import { checkRowCount, unzippedSize } from './upload-limits.js';

const MB = 1024 * 1024;

/** A ZIP whose one entry inflates to `bytes` zeros (a few KB on disk). */
function bomb(bytes: number): Uint8Array {
  return zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(bytes) }, { level: 9 });
}

describe('upload limits', () => {
  it('measures what a ZIP unzips to, stopping as soon as it passes the limit', () => {
    const zip = bomb(20 * MB);
    expect(zip.length).toBeLessThan(100_000);
    expect(unzippedSize(zip, 50 * MB)).toEqual({ bytes: 20 * MB, over: false });
    expect(unzippedSize(zip, 5 * MB)?.over).toBe(true);
    expect(unzippedSize(new TextEncoder().encode('not a zip'), MB)).toBeUndefined();
  });

  it('refuses a workbook that unzips beyond the limit with one TOO_LARGE error, before reading it', async () => {
    const file = { name: 'bomb.xlsx', data: Buffer.from(bomb(20 * MB)) };
    const read = readNetworkFiles([file], { maxUnzippedBytes: 5 * MB, maxRows: 1000 });
    await expect(read).rejects.toBeInstanceOf(AppError);
    await expect(read).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: 'bomb.xlsx unzips to more than 5 MB (UPLOAD_MAX_UNZIPPED_MB): split the workbook, or upload CSV files',
      problems: [],
    });
  });

  it('refuses more rows than UPLOAD_MAX_ROWS over all files, as one error', async () => {
    expect(() => checkRowCount(10, { maxUnzippedBytes: MB, maxRows: 10 })).not.toThrow();
    const csv = (name: string, n: number) => ({
      name,
      data: Buffer.from(['id,name', ...Array.from({ length: n }, (_, i) => `${name}-${i},x`)].join('\n')),
    });
    const read = readNetworkFiles([csv('initiatives.csv', 6), csv('actors.csv', 6)], {
      maxUnzippedBytes: MB,
      maxRows: 10,
    });
    await expect(read).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: 'the upload has more than 10 rows (UPLOAD_MAX_ROWS); import it in parts',
    });
    const fits = await readNetworkFiles([csv('initiatives.csv', 5), csv('actors.csv', 5)], {
      maxUnzippedBytes: MB,
      maxRows: 10,
    });
    expect(fits.input.initiatives).toHaveLength(5);
  });
});
