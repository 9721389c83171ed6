// The region report's figures table from the period's answer: pure, unit-tested.
import type { PeriodOverviewQuery } from '../../api/generated/graphql';
import type { MessageKey } from '../../i18n';

type Overview = PeriodOverviewQuery['periodOverview'];

export interface FigureRow {
  label: MessageKey;
  start: string;
  end: string;
  /** the change with its arrow and sign: ▲ +3, ▼ −2, = ±0 */
  change: string;
}

const arrow = (d: number) => (d > 0 ? `▲ +${d}` : d < 0 ? `▼ −${-d}` : '= ±0');
const pct = (isolated: number, n: number) => (n === 0 ? 0 : Math.round((100 * isolated) / n));

/** The region's figures at the start and the end of the period, with their change; null when the answer has no region. */
export function reportFigures(o: Overview): FigureRow[] | null {
  const r = o.regions[0];
  if (!r) return null;
  const shareStart = pct(r.start.isolated, r.start.initiatives);
  const shareEnd = pct(r.end.isolated, r.end.initiatives);
  const amplified = o.modesByMonth.reduce((s, m) => s + m.deepening + m.broadening + m.spreading, 0);
  const row = (label: MessageKey, start: number, end: number): FigureRow => ({
    label,
    start: String(start),
    end: String(end),
    change: arrow(end - start),
  });
  return [
    row('rep.initiatives', r.start.initiatives, r.end.initiatives),
    row('rep.isolated', r.start.isolated, r.end.isolated),
    { label: 'rep.share', start: `${shareStart}%`, end: `${shareEnd}%`, change: `${arrow(shareEnd - shareStart)} pt` },
    row('rep.components', r.start.components, r.end.components),
    { label: 'rep.amplifications', start: '', end: String(amplified), change: '' },
  ];
}
