import { AppError } from '../../../common/app-error.js';

/**
 * Opaque cursors for the connections: base64url of `<kind>:<id>`. Lists are ordered by id, so a
 * cursor is the id of the last item seen and the next page starts after it (stable while data
 * is added or removed elsewhere).
 */
export function encodeCursor(kind: string, id: string): string {
  return Buffer.from(`${kind}:${id}`, 'utf8').toString('base64url');
}

/** The id inside a cursor of this kind; anything else is a BAD_USER_INPUT at `path`. */
export function decodeCursor(kind: string, cursor: string | null | undefined, path = 'after'): string | null {
  if (cursor === null || cursor === undefined) return null;
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!text.startsWith(`${kind}:`) || text.length === kind.length + 1) {
    throw AppError.badInput([{ path, message: `'${cursor}' is not a cursor from this list` }], 'cursor');
  }
  return text.slice(kind.length + 1);
}

export const MAX_PAGE_SIZE = 500;

/** `first` must be 0..MAX_PAGE_SIZE. */
export function checkPageSize(first: number, path = 'first'): number {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw AppError.badInput(
      [{ path, message: `${first} is not allowed: first is from 0 to ${MAX_PAGE_SIZE}` }],
      'page size',
    );
  }
  return first;
}
