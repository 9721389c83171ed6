import { Alert, Button, Group, Loader, NumberInput, Paper, Select, Text } from '@mantine/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import EChartsCore from 'echarts-for-react/esm/core';
import { useState } from 'react';
import {
  SimulateSpreadDocument,
  type SimulateSpreadQuery,
  type SimulateSpreadQueryVariables,
  type SpreadModel,
} from '../../api/generated/graphql';
import { useQuery } from '../../api/useQuery';
import { formatFigure } from '../../components/null-band';
import { MODE_COLOURS } from '../../graph/encoding';
import { useI18n, type MessageKey } from '../../i18n';

echarts.use([LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

type Simulation = SimulateSpreadQuery['simulateSpread'];
type Band = { step: number; mean: number; low: number; high: number };

const MODELS: SpreadModel[] = ['INDEPENDENT_CASCADE', 'LINEAR_THRESHOLD', 'SUSCEPTIBLE_INFECTED'];

/** ECharts series of a band: the low edge, the band's height stacked on it (shaded), and the mean. */
function bandSeries(curve: readonly Band[], name: string, colour: string, stack: string) {
  return [
    { type: 'line', stack, data: curve.map((c) => c.low), lineStyle: { opacity: 0 }, symbol: 'none', silent: true },
    {
      type: 'line',
      stack,
      data: curve.map((c) => c.high - c.low),
      lineStyle: { opacity: 0 },
      areaStyle: { color: colour, opacity: 0.18 },
      symbol: 'none',
      silent: true,
    },
    {
      type: 'line',
      name,
      data: curve.map((c) => c.mean),
      lineStyle: { color: colour, width: 2 },
      itemStyle: { color: colour },
      symbolSize: 4,
    },
  ];
}

/** Reach per step: the mean and 90% band as it is, and with the added tie when there is one. */
function ReachChart({ simulation }: { simulation: Simulation }) {
  const { t } = useI18n();
  const withTie = simulation.comparison;
  const steps = (withTie && withTie.curve.length > simulation.curve.length ? withTie.curve : simulation.curve).map(
    (c) => String(c.step),
  );
  const option = {
    animation: false,
    grid: { left: 44, right: 16, top: 28, bottom: 36 },
    tooltip: { trigger: 'axis' },
    legend: {
      data: withTie ? [t('sim.without'), t('sim.with')] : [t('sim.without')],
      top: 0,
      textStyle: { fontSize: 10 },
    },
    xAxis: { type: 'category', name: t('sim.step'), nameLocation: 'middle', nameGap: 22, data: steps },
    yAxis: { type: 'value', name: t('sim.reached'), minInterval: 1 },
    series: [
      ...bandSeries(simulation.curve, t('sim.without'), MODE_COLOURS.DEEPENING, 'without'),
      ...(withTie ? bandSeries(withTie.curve, t('sim.with'), MODE_COLOURS.SPREADING, 'with') : []),
    ],
  };
  return (
    <div data-testid="sim-chart">
      <Text size="xs" fw={600}>
        {t('sim.curve')}
      </Text>
      <EChartsCore echarts={echarts} option={option} style={{ height: 200 }} notMerge />
    </div>
  );
}

/** The answer in words: reach with its interval, the gain of the tie, the probabilities used, the receipt. */
function SimulationResult({ simulation }: { simulation: Simulation }) {
  const { t, lang } = useI18n();
  const f = (x: number, digits = 1) => formatFigure(x, lang, digits);
  const c = simulation.comparison;
  return (
    <>
      <Text size="sm" data-testid="sim-reach">
        {t('sim.reach', {
          mean: f(simulation.reach.mean),
          low: f(simulation.reach.low),
          high: f(simulation.reach.high),
          runs: simulation.runs.toLocaleString(lang),
        })}
      </Text>
      {c && (
        <Text size="sm" data-testid="sim-gain">
          {t('sim.gain', {
            mean: f(c.withTies.mean),
            low: f(c.withTies.low),
            high: f(c.withTies.high),
            gain: f(c.gain.mean, 2),
            gainLow: f(c.gain.low, 2),
            gainHigh: f(c.gain.high, 2),
            share: `${Math.round(c.gain.gainedShare * 100)}%`,
          })}
        </Text>
      )}
      {simulation.probability === null && simulation.estimated.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('sim.estimated', {
            list: simulation.estimated
              .map((e) => `${t(`mode.${e.mode}` as MessageKey)} ${f(e.probability, 3)}`)
              .join(', '),
          })}
        </Text>
      )}
      <ReachChart simulation={simulation} />
      <Text size="xs" c="dimmed" data-testid="sim-receipt">
        {t('sim.receipt', { cite: simulation.manifest.citeAs })}
      </Text>
    </>
  );
}

interface SimulationForm {
  model: SpreadModel;
  probability: number | '';
  runs: number;
  tieTo: string | null;
}

/** Model, probability (empty = estimated), runs, the tie to compare with, and Run. */
function SimulationFields({
  form,
  set,
  ties,
  onRun,
  running,
}: {
  form: SimulationForm;
  set: (patch: Partial<SimulationForm>) => void;
  ties: { value: string; label: string }[];
  onRun: () => void;
  running: boolean;
}) {
  const { t } = useI18n();
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        size="xs"
        label={t('sim.model')}
        value={form.model}
        allowDeselect={false}
        onChange={(v) => v && set({ model: v })}
        data={MODELS.map((m) => ({ value: m, label: t(`sim.model.${m}` as MessageKey) }))}
        data-testid="sim-model"
      />
      <NumberInput
        size="xs"
        w={150}
        label={t('sim.probability')}
        description={t('sim.probabilityHint')}
        min={0}
        max={1}
        step={0.05}
        decimalScale={3}
        value={form.probability}
        onChange={(v) => set({ probability: typeof v === 'number' ? v : '' })}
        disabled={form.model === 'LINEAR_THRESHOLD'}
        data-testid="sim-probability"
      />
      <NumberInput
        size="xs"
        w={100}
        label={t('sim.runs')}
        min={10}
        max={10000}
        step={100}
        value={form.runs}
        onChange={(v) => set({ runs: typeof v === 'number' ? Math.max(10, Math.min(10000, Math.round(v))) : 1000 })}
        data-testid="sim-runs"
      />
      <Select
        size="xs"
        w={220}
        label={t('sim.tie')}
        placeholder={t('sim.tieNone')}
        clearable
        searchable
        value={form.tieTo}
        onChange={(v) => set({ tieTo: v })}
        data={ties}
        data-testid="sim-tie"
      />
      <Button size="xs" onClick={onRun} loading={running} data-testid="sim-run">
        {t('sim.run')}
      </Button>
    </Group>
  );
}

/**
 * The simulation panel of a cascade: a spread model from its root on the tie graph, N runs, and
 * optionally the same runs with a tie to another cascade's root (common random numbers).
 */
export function SimulationPanel({
  rootId,
  others,
}: {
  rootId: string;
  others: readonly { id: string; name: string }[];
}) {
  const { t } = useI18n();
  const [form, setForm] = useState<SimulationForm>({
    model: 'INDEPENDENT_CASCADE',
    probability: '',
    runs: 1000,
    tieTo: null,
  });
  const [asked, setAsked] = useState<SimulateSpreadQueryVariables | null>(null);
  const answer = useQuery(SimulateSpreadDocument, asked ?? { seeds: [], model: form.model, runs: 1 }, asked === null);
  const current = asked !== null && asked.seeds === rootId;
  const run = () =>
    setAsked({
      seeds: rootId,
      model: form.model,
      runs: form.runs,
      probability: form.probability === '' || form.model === 'LINEAR_THRESHOLD' ? null : form.probability,
      addTies: form.tieTo ? [{ a: rootId, b: form.tieTo }] : null,
    });
  return (
    <Paper
      withBorder
      p="sm"
      className="simulation-panel"
      data-testid="simulation-panel"
      component="section"
      aria-labelledby="sim-title"
    >
      <Text size="sm" fw={600} id="sim-title" component="h3">
        {t('sim.title')}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {t('sim.intro')}
      </Text>
      <SimulationFields
        form={form}
        set={(patch) => setForm((f) => ({ ...f, ...patch }))}
        ties={others.filter((o) => o.id !== rootId).map((o) => ({ value: o.id, label: o.name }))}
        onRun={run}
        running={current && answer.status === 'loading'}
      />
      {current && answer.status === 'loading' && (
        <Group gap={6} role="status" mt="xs">
          <Loader size="xs" />
          <Text size="sm">{t('sim.running', { n: asked.runs.toLocaleString() })}</Text>
        </Group>
      )}
      {current && answer.status === 'error' && (
        <Alert color="red" role="alert" title={t('sim.error')} mt="xs">
          {answer.message}
        </Alert>
      )}
      {current && answer.status === 'ready' && (
        <div className="simulation-result" data-testid="sim-result">
          <SimulationResult simulation={answer.data.simulateSpread} />
        </div>
      )}
    </Paper>
  );
}
