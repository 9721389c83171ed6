import { Paper, Text, useComputedColorScheme } from '@mantine/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import EChartsCore from 'echarts-for-react/esm/core';
import type { CascadeQuery } from '../../api/generated/graphql';
import { MODE_COLOURS } from '../../graph/encoding';
import { useI18n } from '../../i18n';

echarts.use([LineChart, BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

type Cascade = CascadeQuery['cascade'];

function axisColours(dark: boolean) {
  return { color: dark ? '#C1C2C5' : '#495057', line: dark ? '#373A40' : '#DEE2E6' };
}

/** The adoption curve (cumulative step line by month) and the generations (bars), labelled with units. */
export function CascadeCharts({ cascade }: { cascade: Cascade }) {
  const { t } = useI18n();
  const dark = useComputedColorScheme('light') === 'dark';
  const c = axisColours(dark);
  const axis = {
    axisLabel: { color: c.color, fontSize: 10 },
    axisLine: { lineStyle: { color: c.line } },
    splitLine: { lineStyle: { color: c.line } },
    nameTextStyle: { color: c.color, fontSize: 10 },
  };
  const adoption = {
    animation: false,
    grid: { left: 44, right: 16, top: 24, bottom: 28 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: cascade.adoptionCurve.map((p) => p.month), ...axis },
    yAxis: { type: 'value', name: t('dif.initiativesUnit'), minInterval: 1, ...axis },
    series: [
      {
        type: 'line',
        step: 'end',
        name: t('dif.initiativesUnit'),
        data: cascade.adoptionCurve.map((p) => p.cumulative),
        lineStyle: { color: MODE_COLOURS.SPREADING, width: 2 },
        itemStyle: { color: MODE_COLOURS.SPREADING },
        symbolSize: 4,
      },
    ],
  };
  const generations = {
    animation: false,
    grid: { left: 44, right: 16, top: 24, bottom: 36 },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      name: t('dif.generation'),
      nameLocation: 'middle',
      nameGap: 22,
      data: cascade.generations.map((_, i) => String(i)),
      ...axis,
    },
    yAxis: { type: 'value', name: t('dif.initiativesUnit'), minInterval: 1, ...axis },
    series: [
      {
        type: 'bar',
        name: t('dif.initiativesUnit'),
        data: cascade.generations,
        itemStyle: { color: MODE_COLOURS.DEEPENING },
        barMaxWidth: 32,
      },
    ],
  };
  return (
    <div className="diffusion-charts">
      <Paper withBorder p="xs" data-testid="adoption-chart">
        <Text size="xs" fw={600}>
          {t('dif.adoption')}
        </Text>
        {cascade.adoptionCurve.length === 0 ? (
          <Text size="xs" c="dimmed" py="md">
            {t('dif.noDates')}
          </Text>
        ) : (
          <EChartsCore echarts={echarts} option={adoption} style={{ height: 180 }} notMerge />
        )}
      </Paper>
      <Paper withBorder p="xs" data-testid="generations-chart">
        <Text size="xs" fw={600}>
          {t('dif.generations')}
        </Text>
        <EChartsCore echarts={echarts} option={generations} style={{ height: 180 }} notMerge />
      </Paper>
    </div>
  );
}
