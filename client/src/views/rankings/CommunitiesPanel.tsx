import { Button, Card, Group, Paper, SimpleGrid, Stack, Text, useComputedColorScheme } from '@mantine/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import EChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { RankingCommunitiesDocument, type RankingCommunitiesQuery } from '../../api/generated/graphql';
import { useQuery } from '../../api/useQuery';
import { useI18n } from '../../i18n';
import { explorerLink } from '../../routes/explorer-url';
import { COMMUNITY_GRAPHS } from '../../domain/values';
import { LabelledSegments, Loaded, TopPicker, type PanelProps } from './RankingPanels';
import { SortableTable, type Column } from './SortableTable';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

type Communities = RankingCommunitiesQuery['communities'];
type Row = Communities['communities'][number] & { share: number };

/** The communities drawn in the chart: the largest ones. */
const CHART_BARS = 20;

/** How strong a modularity is, in words (Q above 0.3 is usually read as real community structure). */
export function modularityMeaning(q: number): 'strong' | 'clear' | 'weak' {
  return q >= 0.5 ? 'strong' : q >= 0.3 ? 'clear' : 'weak';
}

function SizesChart({ data }: { data: Communities }) {
  const { t } = useI18n();
  const dark = useComputedColorScheme('light') === 'dark';
  const colour = dark ? '#C1C2C5' : '#495057';
  const line = dark ? '#373A40' : '#DEE2E6';
  const bars = data.communities.slice(0, CHART_BARS);
  const unit = t(`rankings.comm.unit.${data.graph}`);
  const axis = {
    axisLabel: { color: colour, fontSize: 10 },
    axisLine: { lineStyle: { color: line } },
    splitLine: { lineStyle: { color: line } },
    nameTextStyle: { color: colour, fontSize: 10 },
  };
  const option = {
    animation: false,
    grid: { left: 48, right: 16, top: 28, bottom: 36 },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      name: t('rankings.col.community'),
      nameLocation: 'middle',
      nameGap: 22,
      data: bars.map((c) => String(c.id + 1)),
      ...axis,
    },
    yAxis: { type: 'value', name: unit, minInterval: 1, ...axis },
    series: [{ type: 'bar', name: unit, data: bars.map((c) => c.size), itemStyle: { color: '#56B4E9' } }],
  };
  const title = t('rankings.comm.chart', { n: bars.length, unit });
  return (
    <Paper withBorder p="xs" data-testid="community-chart">
      <Text size="sm" fw={600} id="community-chart-title">
        {title}
      </Text>
      <div role="img" aria-labelledby="community-chart-title">
        <EChartsCore echarts={echarts} option={option} style={{ height: 200 }} notMerge />
      </div>
    </Paper>
  );
}

/** One figure, large, with what it is and how to read it. */
function FigureCard({ testId, figure, title, hint }: { testId: string; figure: string; title: string; hint: string }) {
  return (
    <Card withBorder padding="sm" data-testid={testId}>
      <Text fz={24} fw={700} lh={1.1}>
        {figure}
      </Text>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Card>
  );
}

function CommunitiesView({ data, state, onSort }: { data: Communities } & Pick<PanelProps, 'state' | 'onSort'>) {
  const { t, lang } = useI18n();
  const total = data.communities.reduce((sum, c) => sum + c.size, 0);
  const unit = t(`rankings.comm.unit.${data.graph}`);
  const pct = (x: number) => x.toLocaleString(lang, { style: 'percent', maximumFractionDigits: 1 });
  const rows = useMemo<Row[]>(
    () => data.communities.slice(0, state.top).map((c) => ({ ...c, share: total ? c.size / total : 0 })),
    [data, state.top, total],
  );
  const largest = data.communities[0];
  const columns: Column<Row>[] = [
    {
      key: 'community',
      label: t('rankings.col.community'),
      value: (r) => r.id,
      render: (r) => t('rankings.comm.name', { n: r.id + 1 }),
    },
    {
      key: 'size',
      label: `${t('rankings.col.size')} (${unit})`,
      value: (r) => r.size,
      render: (r) => r.size.toLocaleString(lang),
      numeric: true,
    },
    { key: 'share', label: t('rankings.col.share'), render: (r) => pct(r.share), numeric: true },
    {
      key: 'regions',
      label: t('rankings.col.mostlyIn'),
      render: (r) => r.regions.map((x) => `${x.name} ${x.count.toLocaleString(lang)}`).join(', ') || '–',
    },
    {
      key: 'themes',
      label: t('rankings.col.mostlyAbout'),
      render: (r) => r.themes.map((x) => `${x.name} ${x.count.toLocaleString(lang)}`).join(', ') || '–',
    },
  ];
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <FigureCard
          testId="community-count"
          figure={data.count.toLocaleString(lang)}
          title={t('rankings.comm.count')}
          hint={t('rankings.comm.countHint', { n: total.toLocaleString(lang), unit })}
        />
        <FigureCard
          testId="community-modularity"
          figure={data.modularity.toLocaleString(lang, { maximumFractionDigits: 2 })}
          title={t('rankings.comm.modularity')}
          hint={t(`rankings.comm.q.${modularityMeaning(data.modularity)}`)}
        />
        {largest && (
          <FigureCard
            testId="community-largest"
            figure={largest.size.toLocaleString(lang)}
            title={t('rankings.comm.largest')}
            hint={t('rankings.comm.largestHint', { share: pct(total ? largest.size / total : 0), unit })}
          />
        )}
      </SimpleGrid>
      <SizesChart data={data} />
      <SortableTable
        rows={rows}
        columns={columns}
        rowKey={(r) => String(r.id)}
        sort={state.sort}
        dir={state.dir}
        onSort={onSort}
        label={t('rankings.tab.communities')}
        testId="ranking-table"
      />
    </Stack>
  );
}

/** Louvain communities of the initiative ties or the actor graph: figures, sizes, and the explorer's colouring. */
export function CommunitiesPanel({ state, update, onSort, onRetry }: PanelProps) {
  const { t } = useI18n();
  const communities = useQuery(RankingCommunitiesDocument, { graph: state.graph });
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="lg" wrap="wrap">
        <LabelledSegments
          id="rankings-graph-label"
          label={t('rankings.comm.graph')}
          value={state.graph}
          onChange={(v) => update({ graph: v })}
          data={COMMUNITY_GRAPHS.map((g) => ({ value: g, label: t(`rankings.comm.graph.${g}`) }))}
          testId="graph-picker"
        />
        <TopPicker top={state.top} onChange={(top) => update({ top })} />
        <Button
          component={Link}
          to={explorerLink({ colourBy: 'community' })}
          variant="light"
          size="xs"
          data-testid="colour-by-community"
        >
          {t('rankings.comm.colour')}
        </Button>
      </Group>
      <Text size="sm">
        {t('rankings.comm.explain')} {t(`rankings.comm.explain.${state.graph}`)}{' '}
        <Text span size="sm" c="dimmed">
          {t(state.graph === 'TIE' ? 'rankings.comm.colourHint' : 'rankings.comm.colourActorHint')}
        </Text>
      </Text>
      <Loaded
        query={communities}
        empty={t('rankings.empty.communities')}
        isEmpty={(d) => d.communities.communities.length === 0}
        onRetry={onRetry}
      >
        {(d) => <CommunitiesView data={d.communities} state={state} onSort={onSort} />}
      </Loaded>
    </Stack>
  );
}
