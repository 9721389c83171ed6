import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { AppError } from '../../../common/app-error.js';

/** How much an upload may hold: the unzipped bytes of a workbook, and data rows over all files. */
export interface ReadLimits {
  maxUnzippedBytes: number;
  maxRows: number;
}

/** The limits of the configuration (UPLOAD_MAX_ROWS, UPLOAD_MAX_UNZIPPED_MB). */
export function readLimits(config: { uploadMaxUnzippedBytes: number; uploadMaxRows: number }): ReadLimits {
  return { maxUnzippedBytes: config.uploadMaxUnzippedBytes, maxRows: config.uploadMaxRows };
}

export const NO_LIMITS: ReadLimits = { maxUnzippedBytes: Number.POSITIVE_INFINITY, maxRows: Number.POSITIVE_INFINITY };

/** Refuses an upload with more data rows than allowed: one TOO_LARGE error, no problem list. */
export function checkRowCount(rows: number, limits: ReadLimits): void {
  if (rows > limits.maxRows) {
    throw new AppError(
      'TOO_LARGE',
      `the upload has more than ${limits.maxRows.toLocaleString('en')} rows (UPLOAD_MAX_ROWS); import it in parts`,
    );
  }
}

/** Refuses a workbook that unzips to more than allowed: one TOO_LARGE error, before it is read. */
export function checkUnzippedSize(file: { name: string; data: Uint8Array }, limits: ReadLimits): void {
  if (!Number.isFinite(limits.maxUnzippedBytes)) return;
  if (unzippedSize(file.data, limits.maxUnzippedBytes)?.over) {
    const mb = Math.round(limits.maxUnzippedBytes / 1024 / 1024);
    throw new AppError(
      'TOO_LARGE',
      `${file.name} unzips to more than ${mb} MB (UPLOAD_MAX_UNZIPPED_MB): split the workbook, or upload CSV files`,
    );
  }
}

/**
 * The unzipped size of a ZIP archive (an XLSX workbook), measured without ever holding more than
 * `max` bytes of it: first the sizes its directory declares (a bomb that declares its size is
 * refused at once), then the bytes its entries really inflate to, counted as they stream by and
 * stopped as soon as they pass `max` (a bomb that lies about its size is refused as quickly).
 * Undefined when the data is not a ZIP archive (the spreadsheet reader then says what is wrong).
 */
export function unzippedSize(data: Uint8Array, max: number): { bytes: number; over: boolean } | undefined {
  let declared = 0;
  try {
    unzipSync(data, {
      filter: (file) => {
        declared += file.originalSize;
        return false;
      },
    });
  } catch {
    return undefined;
  }
  if (declared > max) return { bytes: declared, over: true };
  let inflated = 0;
  let over = false;
  try {
    const unzip = new Unzip((file) => {
      file.ondata = (error, chunk) => {
        if (error || over) return;
        inflated += chunk.length;
        if (inflated > max) {
          over = true;
          file.terminate();
        }
      };
      file.start();
    });
    unzip.register(UnzipInflate);
    const step = 64 * 1024;
    for (let at = 0; at < data.length && !over; at += step) {
      unzip.push(data.subarray(at, Math.min(at + step, data.length)), at + step >= data.length);
    }
  } catch {
    // an entry that does not inflate: the spreadsheet reader reports the workbook as unreadable
  }
  return { bytes: Math.max(declared, inflated), over };
}
