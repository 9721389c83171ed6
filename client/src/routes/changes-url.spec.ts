import { describe, expect, it } from '@jest/globals';
import {
  changesLink,
  defaultRange,
  diffPoints,
  parseChangesUrl,
  periodRange,
  rangeInstants,
  shiftDate,
  writeChangesUrl,
} from './changes-url';

const TODAY = '2026-03-15';

describe('What changed URL state', () => {
  it('defaults to the last 30 days up to today, across month ends', () => {
    expect(defaultRange(TODAY)).toEqual({ from: '2026-02-13', to: TODAY });
    expect(shiftDate('2024-03-01', -1)).toBe('2024-02-29');
    expect(parseChangesUrl(new URLSearchParams(''), TODAY)).toEqual({ from: '2026-02-13', to: TODAY, after: null });
  });

  it('reads both dates and ignores malformed ones', () => {
    expect(parseChangesUrl(new URLSearchParams('from=2025-01-01&to=2025-06-30'), TODAY)).toEqual({
      from: '2025-01-01',
      to: '2025-06-30',
      after: null,
    });
    expect(parseChangesUrl(new URLSearchParams('from=2025-13-45&to=yesterday'), TODAY)).toEqual({
      ...defaultRange(TODAY),
      after: null,
    });
  });

  it('writes only what differs from the default and keeps other parameters', () => {
    const written = writeChangesUrl(new URLSearchParams('x=1'), { from: '2025-01-01', to: TODAY }, TODAY);
    expect(written.toString()).toBe('x=1&from=2025-01-01');
    expect(writeChangesUrl(written, defaultRange(TODAY), TODAY).toString()).toBe('x=1');
    // round trip
    const range = { from: '2024-05-01', to: '2024-05-31', after: null };
    expect(parseChangesUrl(writeChangesUrl(new URLSearchParams(), range, TODAY), TODAY)).toEqual(range);
    expect(changesLink(range)).toBe('/changes?from=2024-05-01&to=2024-05-31');
  });

  it('asks the diff from the start of the first day to the end of the last, or to now for today', () => {
    expect(diffPoints({ from: '2025-01-01', to: '2025-01-31' }, TODAY)).toEqual({
      from: { at: '2025-01-01T00:00:00.000Z' },
      to: { at: '2025-01-31T23:59:59.999Z' },
    });
    expect(diffPoints({ from: '2025-01-01', to: TODAY }, TODAY)?.to).toBeNull();
    expect(diffPoints({ from: '2025-02-01', to: '2025-01-01' }, TODAY)).toBeNull();
    // after a change set: from just after it
    const after = parseChangesUrl(new URLSearchParams('after=41'), TODAY);
    expect(after.after).toBe(41);
    expect(diffPoints(after, TODAY)).toEqual({ from: { seq: 41 }, to: null });
    expect(writeChangesUrl(new URLSearchParams(), after, TODAY).toString()).toBe('after=41');
    expect(parseChangesUrl(new URLSearchParams('after=x'), TODAY).after).toBeNull();
  });

  it("maps an overview period to the change log's window", () => {
    expect(periodRange('90d', TODAY)).toEqual({ from: '2025-12-15', to: TODAY });
    expect(periodRange('2024', TODAY)).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(periodRange('2026', TODAY)).toEqual({ from: '2026-01-01', to: TODAY });
    expect(rangeInstants({ from: '2024-01-01', to: '2024-12-31' })).toEqual({
      since: '2024-01-01T00:00:00.000Z',
      until: '2024-12-31T23:59:59.999Z',
    });
  });
});
