import { AppError } from '../../../common/app-error.js';
import { isIsoDate } from '../../../domain/dates.js';
import { AMPLIFICATION_MODES, INITIATIVE_STATUSES, type InputProblem } from '../../../domain/network.types.js';
import {
  EXPORT_FORMATS,
  EXPORT_PERIODS,
  type ExportFormat,
  type ExportPeriod,
  type NetworkFilter,
} from '../transfer.types.js';

// The export's parameters (GET /api/export?format=…&region=… and `npm run export -- --format … --region …`).

export type QueryValue = string | string[] | undefined;

/** `a,b` or repeated `?x=a&x=b` → list; absent → undefined. */
function listOf(value: QueryValue): string[] | undefined {
  if (value === undefined) return undefined;
  const items = (Array.isArray(value) ? value : [value])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  return items.length > 0 ? items : undefined;
}

/** Reads and checks the export filter from the query string; every bad parameter is named. */
export function parseExportQuery(query: Record<string, QueryValue>): {
  format: ExportFormat;
  filter: NetworkFilter;
  period: ExportPeriod;
} {
  const problems: InputProblem[] = [];
  const format = (typeof query.format === 'string' ? query.format : 'json').toLowerCase();
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    problems.push({ path: 'format', message: `unknown format '${format}' (one of ${EXPORT_FORMATS.join(', ')})` });
  }
  const modes = listOf(query.mode)?.map((m) => m.toUpperCase());
  for (const mode of modes ?? []) {
    if (!(AMPLIFICATION_MODES as readonly string[]).includes(mode))
      problems.push({ path: 'mode', message: `unknown mode '${mode}'` });
  }
  const statuses = listOf(query.status)?.map((s) => s.toUpperCase());
  for (const status of statuses ?? []) {
    if (!(INITIATIVE_STATUSES as readonly string[]).includes(status))
      problems.push({ path: 'status', message: `unknown status '${status}'` });
  }
  for (const key of ['from', 'to'] as const) {
    const value = query[key];
    if (value !== undefined && (typeof value !== 'string' || !isIsoDate(value))) {
      problems.push({ path: key, message: `bad date '${String(value)}': use YYYY-MM-DD` });
    }
  }
  const period = (typeof query.period === 'string' ? query.period : 'year').toLowerCase();
  if (!(EXPORT_PERIODS as readonly string[]).includes(period)) {
    problems.push({ path: 'period', message: `unknown period '${period}' (one of ${EXPORT_PERIODS.join(', ')})` });
  }
  if (problems.length > 0) throw AppError.badInput(problems, 'export parameters');
  return {
    format: format as ExportFormat,
    period: period as ExportPeriod,
    filter: {
      regions: listOf(query.region),
      themes: listOf(query.theme),
      modes: modes as NetworkFilter['modes'],
      statuses: statuses as NetworkFilter['statuses'],
      from: typeof query.from === 'string' ? query.from : undefined,
      to: typeof query.to === 'string' ? query.to : undefined,
    },
  };
}
