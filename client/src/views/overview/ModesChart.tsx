import { useComputedColorScheme } from '@mantine/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import EChartsCore from 'echarts-for-react/esm/core';
import { MODE_COLOURS } from '../../graph/encoding';
import { useI18n } from '../../i18n';
import type { ModeMonth } from './overview-figures';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

/**
 * The modes in the explorer's encoding: deepen a thick solid blue line with squares, broaden a
 * dashed green line with diamonds, spread a vermillion line with triangles (the arrow), so the
 * chart reads without colour too.
 */
const SERIES = [
  { key: 'deepening', mode: 'DEEPENING', width: 4, type: 'solid', symbol: 'rect' },
  { key: 'broadening', mode: 'BROADENING', width: 2.5, type: 'dashed', symbol: 'diamond' },
  { key: 'spreading', mode: 'SPREADING', width: 2.5, type: 'solid', symbol: 'triangle' },
] as const;

/** Amplifications per month by mode: one small line chart with its unit and a legend. */
export function ModesChart({ months }: { months: readonly ModeMonth[] }) {
  const { t } = useI18n();
  const dark = useComputedColorScheme('light') === 'dark';
  const colour = dark ? '#C1C2C5' : '#495057';
  const line = dark ? '#373A40' : '#DEE2E6';
  const axis = {
    axisLabel: { color: colour, fontSize: 10 },
    axisLine: { lineStyle: { color: line } },
    splitLine: { lineStyle: { color: line } },
    nameTextStyle: { color: colour, fontSize: 10 },
  };
  const option = {
    animation: false,
    aria: { enabled: true },
    grid: { left: 40, right: 12, top: 56, bottom: 24 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, left: 0, textStyle: { color: colour, fontSize: 11 }, itemWidth: 30 },
    xAxis: { type: 'category', data: months.map((m) => m.month), ...axis },
    yAxis: {
      type: 'value',
      name: t('ov.modes.unit'),
      minInterval: 1,
      ...axis,
      nameGap: 10,
      nameTextStyle: { ...axis.nameTextStyle, align: 'left' },
    },
    series: SERIES.map((s) => ({
      type: 'line',
      name: t(`mode.${s.mode}`),
      data: months.map((m) => m[s.key]),
      symbol: s.symbol,
      symbolSize: 9,
      lineStyle: { color: MODE_COLOURS[s.mode], width: s.width, type: s.type },
      itemStyle: { color: MODE_COLOURS[s.mode] },
    })),
  };
  return (
    <div role="img" aria-label={t('ov.modes.chart')} data-testid="modes-chart">
      <EChartsCore echarts={echarts} option={option} style={{ height: 200 }} notMerge />
    </div>
  );
}
