import { Alert, Anchor, Button, Group, Loader, SegmentedControl, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import {
  BrokersRankingDocument,
  RankingActorsDocument,
  RankingInitiativesDocument,
  type BrokersRankingQuery,
  type CentralityMeasure,
  type RankingActorsQuery,
  type RankingInitiativesQuery,
} from '../../api/generated/graphql';
import { useQuery, type QueryState } from '../../api/useQuery';
import { useI18n, type MessageKey, type Translate } from '../../i18n';
import { formatScore } from './rankings-sort';
import { MEASURES } from '../../domain/values';
import { showInExplorer, TOP_N, type RankingsState, type TopN } from './rankings-url';
import { SortableTable, type Column } from './SortableTable';

export interface PanelProps {
  state: RankingsState;
  update: (patch: Partial<RankingsState>) => void;
  onSort: (column: string) => void;
  onRetry: () => void;
}

type ActorRow = RankingActorsQuery['actorRankingDetails']['items'][number];
type InitiativeRow = RankingInitiativesQuery['initiativeRanking']['items'][number];
type BrokerRow = BrokersRankingQuery['brokers'][number];

/** A few values to choose from, under a small label that names the control. */
export function LabelledSegments<T extends string>({
  id,
  label,
  value,
  data,
  onChange,
  testId,
}: {
  id: string;
  label: string;
  value: T;
  data: { value: T; label: string }[];
  onChange: (value: T) => void;
  testId: string;
}) {
  return (
    <Stack gap={4}>
      <Text size="xs" fw={600} id={id}>
        {label}
      </Text>
      <SegmentedControl
        size="xs"
        aria-labelledby={id}
        value={value}
        onChange={onChange}
        data={data}
        data-testid={testId}
      />
    </Stack>
  );
}

/** "Show the top 25 / 100 / 500". */
export function TopPicker({ top, onChange }: { top: TopN; onChange: (top: TopN) => void }) {
  const { t } = useI18n();
  return (
    <LabelledSegments
      id="rankings-top-label"
      label={t('rankings.top')}
      value={String(top)}
      onChange={(v) => onChange(Number(v) as TopN)}
      data={TOP_N.map((n) => ({ value: String(n), label: String(n) }))}
      testId="top-picker"
    />
  );
}

function MeasurePicker({
  measure,
  onChange,
}: {
  measure: CentralityMeasure;
  onChange: (m: CentralityMeasure) => void;
}) {
  const { t } = useI18n();
  return (
    <LabelledSegments
      id="rankings-measure-label"
      label={t('rankings.measure')}
      value={measure}
      onChange={onChange}
      data={MEASURES.map((m) => ({ value: m, label: t(`rankings.measure.${m}`) }))}
      testId="measure-picker"
    />
  );
}

/** Loading, error (with retry) and empty states around a table. */
export function Loaded<T>({
  query,
  empty,
  isEmpty,
  onRetry,
  children,
}: {
  query: QueryState<T>;
  empty: string;
  isEmpty: (data: T) => boolean;
  onRetry: () => void;
  children: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  if (query.status === 'error')
    return (
      <Alert role="alert" color="red" title={t('rankings.error')} data-testid="rankings-error">
        <Text size="sm" mb="xs">
          {query.message}
        </Text>
        <Button size="xs" variant="light" color="red" onClick={onRetry}>
          {t('rankings.retry')}
        </Button>
      </Alert>
    );
  if (!query.data)
    return (
      <Group role="status" data-testid="rankings-loading">
        <Loader size="sm" /> <Text>{t('rankings.loading')}</Text>
      </Group>
    );
  if (isEmpty(query.data))
    return (
      <Alert role="status" color="gray" data-testid="rankings-empty">
        {empty}
      </Alert>
    );
  return (
    <div style={{ position: 'relative' }} aria-busy={query.status === 'loading'}>
      {query.status === 'loading' && (
        <Group role="status" gap="xs" mb="xs">
          <Loader size="xs" /> <Text size="sm">{t('rankings.loading')}</Text>
        </Group>
      )}
      {children(query.data)}
    </div>
  );
}

function ExactNote({
  exact,
  samples,
  measure,
}: {
  exact: boolean;
  samples?: number | null;
  measure: CentralityMeasure;
}) {
  const { t, lang } = useI18n();
  if (exact)
    return (
      <Text size="xs" c="dimmed" data-testid="rankings-exact">
        {t('rankings.exact')}
      </Text>
    );
  return (
    <Alert color="yellow" role="note" data-testid="rankings-sampled" py="xs">
      {t('rankings.sampled', {
        measure: t(`rankings.measure.${measure}`).toLowerCase(),
        n: (samples ?? 0).toLocaleString(lang),
      })}
    </Alert>
  );
}

/** A ranked table under a note saying how it is sorted (and, for a measure, whether the scores are exact). */
function RankedTable<Row>({
  note,
  rows,
  columns,
  rowKey,
  label,
  state,
  onSort,
}: {
  note?: ReactNode;
  rows: Row[];
  columns: Column<Row>[];
  rowKey: (row: Row) => string;
  label: string;
} & Pick<PanelProps, 'state' | 'onSort'>) {
  const { t } = useI18n();
  return (
    <Stack gap="xs">
      {note}
      <Text size="xs" c="dimmed">
        {t('rankings.sortedNote', { n: rows.length })}
      </Text>
      <SortableTable
        rows={rows}
        columns={columns}
        rowKey={rowKey}
        sort={state.sort}
        dir={state.dir}
        onSort={onSort}
        label={label}
        testId="ranking-table"
      />
    </Stack>
  );
}

function ShowLink({ kind, id, name }: { kind: 'initiative' | 'actor'; id: string; name: string }) {
  const { t } = useI18n();
  return (
    <Anchor component={Link} to={showInExplorer(kind, id)} size="sm" aria-label={t('rankings.showNamed', { name })}>
      {t('rankings.show')}
    </Anchor>
  );
}

/** The actors table: rank, name, kind, region, score (of the measure named), and the link to the explorer. */
function actorColumnsOf(t: Translate, measureName: string, score: (s: number) => string): Column<ActorRow>[] {
  return [
    { key: 'rank', label: t('rankings.col.rank'), value: (r) => r.rank, render: (r) => r.rank, numeric: true },
    { key: 'name', label: t('rankings.col.name'), value: (r) => r.actor.name, render: (r) => r.actor.name },
    {
      key: 'kind',
      label: t('rankings.col.kind'),
      value: (r) => (r.actor.kind ? t(`rankings.kind.${r.actor.kind}`) : null),
      render: (r) => (r.actor.kind ? t(`rankings.kind.${r.actor.kind}`) : '–'),
    },
    {
      key: 'region',
      label: t('rankings.col.region'),
      value: (r) => r.actor.region,
      render: (r) => r.actor.region ?? '–',
    },
    {
      key: 'score',
      label: `${t('rankings.col.score')} (${measureName})`,
      value: (r) => r.score,
      render: (r) => score(r.score),
      numeric: true,
    },
    {
      key: 'explorer',
      label: t('rankings.col.explorer'),
      render: (r) => <ShowLink kind="actor" id={r.actor.id} name={r.actor.name} />,
    },
  ];
}

/** The initiatives table: rank, name, region, themes, score (of the measure named), and the link to the explorer. */
function initiativeColumnsOf(t: Translate, measureName: string, score: (s: number) => string): Column<InitiativeRow>[] {
  return [
    { key: 'rank', label: t('rankings.col.rank'), value: (r) => r.rank, render: (r) => r.rank, numeric: true },
    { key: 'name', label: t('rankings.col.name'), value: (r) => r.initiative.name, render: (r) => r.initiative.name },
    {
      key: 'region',
      label: t('rankings.col.region'),
      value: (r) => r.initiative.region,
      render: (r) => r.initiative.region ?? '–',
    },
    {
      key: 'themes',
      label: t('rankings.col.themes'),
      value: (r) => r.initiative.themes.join(', '),
      render: (r) => r.initiative.themes.join(', ') || '–',
    },
    {
      key: 'score',
      label: `${t('rankings.col.score')} (${measureName})`,
      value: (r) => r.score,
      render: (r) => score(r.score),
      numeric: true,
    },
    {
      key: 'explorer',
      label: t('rankings.col.explorer'),
      render: (r) => <ShowLink kind="initiative" id={r.initiative.id} name={r.initiative.name} />,
    },
  ];
}

/** Actors or initiatives ranked by a centrality measure. */
export function CentralityPanel({
  kind,
  state,
  update,
  onSort,
  onRetry,
}: PanelProps & { kind: 'actors' | 'initiatives' }) {
  const { t, lang } = useI18n();
  const variables = { first: state.top, measure: state.measure };
  const actors = useQuery(RankingActorsDocument, variables, kind !== 'actors');
  const initiatives = useQuery(RankingInitiativesDocument, variables, kind !== 'initiatives');
  // the measure of the scores on screen (the previous answer stays while the next one loads)
  const shown =
    (kind === 'actors' ? actors.data?.actorRankingDetails.measure : initiatives.data?.initiativeRanking.measure) ??
    state.measure;
  const measureName = t(`rankings.measure.${shown}`);
  const score = (s: number) => formatScore(s, lang);

  const actorColumns = actorColumnsOf(t, measureName, score);
  const initiativeColumns = initiativeColumnsOf(t, measureName, score);

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="lg" wrap="wrap">
        <MeasurePicker measure={state.measure} onChange={(measure) => update({ measure })} />
        <TopPicker top={state.top} onChange={(top) => update({ top })} />
      </Group>
      <Text size="sm" data-testid="measure-explanation">
        {t(`rankings.explain.${kind}.${state.measure}` as MessageKey)}
      </Text>
      {kind === 'actors' ? (
        <Loaded
          query={actors}
          empty={t('rankings.empty.actors')}
          isEmpty={(d) => d.actorRankingDetails.items.length === 0}
          onRetry={onRetry}
        >
          {(d) => (
            <RankedTable
              note={<ExactNote {...d.actorRankingDetails} />}
              rows={d.actorRankingDetails.items}
              columns={actorColumns}
              rowKey={(r) => r.actor.id}
              label={`${t('rankings.tab.actors')}: ${measureName}`}
              state={state}
              onSort={onSort}
            />
          )}
        </Loaded>
      ) : (
        <Loaded
          query={initiatives}
          empty={t('rankings.empty.initiatives')}
          isEmpty={(d) => d.initiativeRanking.items.length === 0}
          onRetry={onRetry}
        >
          {(d) => (
            <RankedTable
              note={<ExactNote {...d.initiativeRanking} />}
              rows={d.initiativeRanking.items}
              columns={initiativeColumns}
              rowKey={(r) => r.initiative.id}
              label={`${t('rankings.tab.initiatives')}: ${measureName}`}
              state={state}
              onSort={onSort}
            />
          )}
        </Loaded>
      )}
    </Stack>
  );
}

/** A count in bold, then the first three names dimmed (all of them in the title). */
function CountAndNames({ names }: { names: string[] }) {
  return (
    <Text span size="sm" title={names.join(', ')}>
      <b>{names.length}</b>
      <Text span size="xs" c="dimmed">
        {' '}
        {names.slice(0, 3).join(', ')}
        {names.length > 3 ? ', …' : ''}
      </Text>
    </Text>
  );
}

/** The brokers table: rank, name (with kind), regions, themes, initiatives, and the link to the explorer. */
function brokerColumnsOf(t: Translate): Column<BrokerRow>[] {
  return [
    { key: 'rank', label: t('rankings.col.rank'), value: (r) => r.rank, render: (r) => r.rank, numeric: true },
    {
      key: 'name',
      label: t('rankings.col.name'),
      value: (r) => r.actor.name,
      render: (r) => (
        <>
          {r.actor.name}
          {r.actor.kind && (
            <Text span size="xs" c="dimmed">
              {' '}
              · {t(`rankings.kind.${r.actor.kind}`)}
            </Text>
          )}
        </>
      ),
    },
    {
      key: 'regions',
      label: t('rankings.col.regions'),
      value: (r) => r.regions.length,
      render: (r) => <CountAndNames names={r.regions} />,
    },
    {
      key: 'themes',
      label: t('rankings.col.themes'),
      value: (r) => r.themes.length,
      render: (r) => <CountAndNames names={r.themes} />,
    },
    {
      key: 'initiatives',
      label: t('rankings.col.initiatives'),
      value: (r) => r.initiativeCount,
      render: (r) => r.initiativeCount,
      numeric: true,
    },
    {
      key: 'explorer',
      label: t('rankings.col.explorer'),
      render: (r) => <ShowLink kind="actor" id={r.actor.id} name={r.actor.name} />,
    },
  ];
}

/** Actors whose initiatives span regions or themes. */
export function BrokersPanel({ state, update, onSort, onRetry }: PanelProps) {
  const { t } = useI18n();
  const brokers = useQuery(BrokersRankingDocument, { first: state.top });
  const columns = brokerColumnsOf(t);
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="lg">
        <TopPicker top={state.top} onChange={(top) => update({ top })} />
      </Group>
      <Text size="sm">{t('rankings.brokers.explain')}</Text>
      <Loaded
        query={brokers}
        empty={t('rankings.empty.brokers')}
        isEmpty={(d) => d.brokers.length === 0}
        onRetry={onRetry}
      >
        {(d) => (
          <RankedTable
            rows={d.brokers}
            columns={columns}
            rowKey={(r) => r.actor.id}
            label={t('rankings.tab.brokers')}
            state={state}
            onSort={onSort}
          />
        )}
      </Loaded>
    </Stack>
  );
}
