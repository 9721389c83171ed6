import { Text, Title } from '@mantine/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import EChartsCore from 'echarts-for-react/esm/core';
import { useMemo, type ReactNode } from 'react';
import {
  CascadesDocument,
  NetworkSliceDocument,
  RadarHealthDocument,
  RadarIsolatesDocument,
  RadarWeakTiesDocument,
  type PeriodOverviewQuery,
  type RadarIsolatesQuery,
} from '../../api/generated/graphql';
import { useQuery } from '../../api/useQuery';
import { phraseReason } from '../../domain/reasons';
import { MODE_COLOURS, ISOLATED_RING } from '../../graph/encoding';
import { useI18n } from '../../i18n';
import { networkPictureSvg, pictureLegend } from './network-picture';
import { reportFigures } from './report-figures';

echarts.use([LineChart, GridComponent, LegendComponent, SVGRenderer]);

type Overview = PeriodOverviewQuery['periodOverview'];
type Suggestion = RadarIsolatesQuery['isolatedInitiatives'][number]['suggestions'][number];

/** One section of the printed page: a heading and its content (kept together on paper where it fits). */
export function ReportSection({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <section className="report-section" data-testid={testId}>
      <Title order={2} size="h4" mb={6}>
        {title}
      </Title>
      {children}
    </section>
  );
}

/** The region's figures at both ends of the period, with their change. */
export function FiguresTable({ o }: { o: Overview }) {
  const { t } = useI18n();
  const rows = reportFigures(o) ?? [];
  return (
    <table className="report-table" data-testid="report-figures">
      <thead>
        <tr>
          <th>{t('rep.figure')}</th>
          <th>{t('rep.atStart', { date: o.start.asOf })}</th>
          <th>{t('rep.atEnd', { date: o.end.asOf })}</th>
          <th>{t('rep.change')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <td>{t(r.label)}</td>
            <td>{r.start}</td>
            <td>{r.end}</td>
            <td>{r.change}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Initiatives and isolated initiatives per year in the region (SVG, so it prints sharply). */
export function TrendChart({ region }: { region: string }) {
  const { t } = useI18n();
  const q = useQuery(RadarHealthDocument, { region });
  const points = q.data?.networkSeries.points ?? [];
  if (q.status === 'ready' && points.length === 0) return <Text size="sm">{t('rep.trendEmpty', { region })}</Text>;
  const option = {
    animation: false,
    grid: { left: 40, right: 12, top: 30, bottom: 24 },
    legend: { top: 0, left: 0, textStyle: { fontSize: 11 }, itemWidth: 28 },
    xAxis: { type: 'category', data: points.map((p) => p.period), axisLabel: { fontSize: 10 } },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: 10 } },
    series: [
      {
        type: 'line',
        name: t('rep.initiatives'),
        data: points.map((p) => p.initiatives),
        symbol: 'rect',
        lineStyle: { color: MODE_COLOURS.DEEPENING, width: 3 },
        itemStyle: { color: MODE_COLOURS.DEEPENING },
      },
      {
        type: 'line',
        name: t('rep.isolated'),
        data: points.map((p) => p.isolates),
        symbol: 'triangle',
        lineStyle: { color: ISOLATED_RING, width: 2, type: 'dashed' },
        itemStyle: { color: ISOLATED_RING },
      },
    ],
  };
  return (
    <figure className="report-figure" data-testid="report-trend">
      <EChartsCore echarts={echarts} option={option} style={{ height: 190 }} opts={{ renderer: 'svg' }} notMerge />
      <figcaption>{t('rep.trendCaption', { region })}</figcaption>
    </figure>
  );
}

/** A suggested partner and the reasons, in words. */
function SuggestionLine({ s }: { s: Suggestion }) {
  const { t } = useI18n();
  return (
    <li>
      <strong>{s.initiative.name}</strong>
      {s.initiative.region ? ` (${s.initiative.region})` : ''}:{' '}
      {s.reasonDetails.map((r) => phraseReason(r, t).text).join('; ')}
    </li>
  );
}

/** The isolated, or the weakly tied, initiatives of the region with their suggested partners. */
export function InitiativeList({ region, kind }: { region: string; kind: 'isolated' | 'weak' }) {
  const { t } = useI18n();
  const isolated = useQuery(RadarIsolatesDocument, { region, suggestions: 3 }, kind !== 'isolated');
  const weak = useQuery(RadarWeakTiesDocument, { region, suggestions: 3 }, kind !== 'weak');
  const rows =
    kind === 'isolated'
      ? (isolated.data?.isolatedInitiatives ?? []).map((r) => ({ ...r, tiedTo: null }))
      : (weak.data?.weaklyTiedInitiatives ?? []);
  const status = kind === 'isolated' ? isolated.status : weak.status;
  if (status === 'ready' && rows.length === 0)
    return <Text size="sm">{t(kind === 'isolated' ? 'rep.isolatedNone' : 'rep.weakNone', { region })}</Text>;
  return (
    <ol className="report-list" data-testid={`report-${kind}`}>
      {[...rows]
        .sort((a, b) => a.initiative.name.localeCompare(b.initiative.name, 'en'))
        .map((r) => (
          <li key={r.initiative.id}>
            <strong>{r.initiative.name}</strong>
            {r.initiative.themes.length > 0 && ` · ${r.initiative.themes.join(', ')}`}
            {r.tiedTo && ` · ${t('rep.tiedTo', { name: r.tiedTo.name })}`}
            <ul className="report-suggestions">
              {r.suggestions.length === 0 ? (
                <li>{t('rep.noSuggestion')}</li>
              ) : (
                r.suggestions.map((s) => <SuggestionLine key={s.initiative.id} s={s} />)
              )}
            </ul>
          </li>
        ))}
    </ol>
  );
}

/** The region's cascades: those that grew in the period, and the largest overall. */
export function CascadeLists({ o, region }: { o: Overview; region: string }) {
  const { t } = useI18n();
  const all = useQuery(CascadesDocument, { region, sortBy: 'SIZE', first: 5 });
  const largest = all.data?.cascades ?? [];
  if (all.status === 'ready' && largest.length === 0 && o.largestCascades.length === 0)
    return <Text size="sm">{t('rep.cascadesNone', { region })}</Text>;
  return (
    <div className="report-columns" data-testid="report-cascades">
      <div>
        <Title order={3} size="h6">
          {t('rep.cascadesGrew')}
        </Title>
        <ol className="report-list">
          {o.fastestCascades.map((c) => (
            <li key={c.root.id}>
              <strong>{c.root.name}</strong>: {t('rep.cascadeGrew', { joined: c.joined, size: c.size })}
            </li>
          ))}
        </ol>
      </div>
      <div>
        <Title order={3} size="h6">
          {t('rep.cascadesLargest')}
        </Title>
        <ol className="report-list">
          {largest.map((c) => (
            <li key={c.root.id}>
              <strong>{c.root.name}</strong>:{' '}
              {t('rep.cascadeRow', { size: c.size, depth: c.depth, regions: c.regionsReached })}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}

const PICTURE_LIMIT = 400;

/** The region's initiatives and their actors as of the period's end, drawn as SVG with its legend. */
export function NetworkPicture({ o, region }: { o: Overview; region: string }) {
  const { t } = useI18n();
  const asOf = o.to < o.dates.today ? o.to : null;
  const q = useQuery(NetworkSliceDocument, {
    filter: { regions: [region], includeActors: true, asOf },
    limit: PICTURE_LIMIT,
  });
  const slice = q.data?.networkSlice;
  const svg = useMemo(() => {
    if (!slice || slice.nodes.length === 0) return null;
    const title = t('rep.networkCaption', { region, date: o.to });
    return networkPictureSvg(slice, pictureLegend(slice, t, { title, region, asOf: o.to, dataDate: o.dates.newest }));
  }, [slice, t, region, o.to, o.dates.newest]);
  if (q.status === 'ready' && !svg) return <Text size="sm">{t('rep.networkEmpty')}</Text>;
  return (
    <figure className="report-figure report-network" data-testid="report-network">
      {/* our own SVG text (every value escaped by graph/svg.ts), no script */}
      {svg && <div dangerouslySetInnerHTML={{ __html: svg }} />}
      {slice?.truncated && <figcaption>{t('rep.networkTruncated', { n: PICTURE_LIMIT })}</figcaption>}
    </figure>
  );
}
