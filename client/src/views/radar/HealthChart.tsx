import { Alert, Loader, Text, useComputedColorScheme } from '@mantine/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import EChartsCore from 'echarts-for-react/esm/core';
import { RadarHealthDocument } from '../../api/generated/graphql';
import { useQuery } from '../../api/useQuery';
import { ISOLATED_RING, MODE_COLOURS } from '../../graph/encoding';
import { useI18n } from '../../i18n';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type Point = { period: string; isolates: number; components: number; largestShare: number };

/** The chart: isolates and components (counts, left axis), largest component share (%, right axis). */
function chartOption(
  points: readonly Point[],
  names: Record<'isolates' | 'components' | 'largest', string>,
  dark: boolean,
) {
  const text = dark ? '#C1C2C5' : '#495057';
  const line = dark ? '#373A40' : '#DEE2E6';
  const axis = {
    axisLabel: { color: text, fontSize: 10 },
    axisLine: { lineStyle: { color: line } },
    splitLine: { lineStyle: { color: line } },
    nameTextStyle: { color: text, fontSize: 10 },
  };
  return {
    animation: false,
    grid: { left: 8, right: 8, top: 56, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, left: 0, textStyle: { color: text, fontSize: 11 }, itemWidth: 22 },
    xAxis: { type: 'category', data: points.map((p) => p.period), ...axis },
    yAxis: [
      { type: 'value', minInterval: 1, ...axis },
      {
        type: 'value',
        min: 0,
        max: 100,
        ...axis,
        axisLabel: { ...axis.axisLabel, formatter: '{value}%' },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        type: 'line',
        name: names.isolates,
        data: points.map((p) => p.isolates),
        lineStyle: { color: ISOLATED_RING, width: 2.5 },
        itemStyle: { color: ISOLATED_RING },
        symbol: 'circle',
        symbolSize: 6,
      },
      {
        type: 'line',
        name: names.components,
        data: points.map((p) => p.components),
        lineStyle: { color: MODE_COLOURS.DEEPENING, width: 2 },
        itemStyle: { color: MODE_COLOURS.DEEPENING },
        symbol: 'rect',
        symbolSize: 6,
      },
      {
        type: 'line',
        name: names.largest,
        yAxisIndex: 1,
        data: points.map((p) => Math.round(p.largestShare * 1000) / 10),
        lineStyle: { color: MODE_COLOURS.BROADENING, width: 2, type: 'dashed' },
        itemStyle: { color: MODE_COLOURS.BROADENING },
        symbol: 'triangle',
        symbolSize: 7,
      },
    ],
  };
}

/**
 * The region's (null: the whole network's) tie graph per year: isolates and components (counts,
 * left axis), largest component share (%, right axis).
 */
export function HealthChart({ region }: { region: string | null }) {
  const { t } = useI18n();
  const place = region ?? t('radar.wholeNetwork');
  const dark = useComputedColorScheme('light') === 'dark';
  const health = useQuery(RadarHealthDocument, { region });
  const series = (health.data?.networkSeries.region ?? null) === region ? health.data?.networkSeries : undefined;
  const points = series?.points ?? [];
  const names = {
    isolates: t('radar.series.isolates'),
    components: t('radar.series.components'),
    largest: t('radar.series.largest'),
  };
  return (
    <section className="radar-card radar-health" aria-labelledby="radar-health-label" data-testid="health-chart">
      <header className="radar-card-head">
        <div className="radar-head-text">
          <Text size="sm" fw={600} id="radar-health-label" component="h2">
            {t('radar.health')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('radar.healthOf', { region: place })}
          </Text>
        </div>
        {health.status === 'loading' && <Loader size={12} aria-label={t('radar.loadingHealth')} />}
      </header>
      <div className="radar-card-body">
        {health.status === 'error' && (
          <Alert color="red" role="alert" title={t('radar.errorHealth', { region: place })} p="xs">
            <Text size="xs">{health.message}</Text>
          </Alert>
        )}
        {health.status === 'loading' && !series && (
          <Text size="xs" c="dimmed" role="status">
            {t('radar.loadingHealth')}
          </Text>
        )}
        {series && points.length === 0 && (
          <Text size="xs" c="dimmed" role="status">
            {t('radar.noHealth', { region: place })}
          </Text>
        )}
        {series && points.length > 0 && (
          <EChartsCore echarts={echarts} option={chartOption(points, names, dark)} style={{ height: 240 }} notMerge />
        )}
      </div>
    </section>
  );
}
