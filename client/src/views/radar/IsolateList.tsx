import { Alert, Badge, Loader, SegmentedControl, Text } from '@mantine/core';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { RadarIsolatesQuery } from '../../api/generated/graphql';
import { useI18n } from '../../i18n';
import { moveInList } from '../../components/list-keys';
import type { RadarList } from './radar-url';

/** A row of either list: an isolation report, or a weak-tie report with its one tie. */
export type ListedReport = RadarIsolatesQuery['isolatedInitiatives'][number] & {
  tiedTo?: { id: string; name: string; region?: string | null } | null;
};

/** What the list shows of its query: loading, failed (the message) or ready. */
export type ListStatus = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready' };

/** One initiative of the list: its ring, name, themes (or its one tie), and its best suggestion's score. */
function ReportRow({
  report: r,
  region,
  chosen,
  onChoose,
}: {
  report: ListedReport;
  region: string;
  chosen: boolean;
  onChoose: () => void;
}) {
  const { t } = useI18n();
  const tied = r.tiedTo;
  const tiedText =
    tied &&
    (tied.region && tied.region !== region
      ? t('radar.tiedOnlyToIn', { tied: tied.name, region: tied.region })
      : t('radar.tiedOnlyTo', { tied: tied.name }));
  return (
    <button
      type="button"
      data-initiative={r.initiative.id}
      aria-current={chosen ? 'true' : undefined}
      className={chosen ? 'choice-row chosen' : 'choice-row'}
      onClick={onChoose}
    >
      <span className={tied ? 'radar-ring radar-ring-weak' : 'radar-ring'} aria-hidden="true" />
      <span className="radar-row-text">
        <span className="radar-row-name">{r.initiative.name}</span>
        <span className="radar-row-meta" data-testid={tied ? 'tied-to' : undefined} title={tiedText || undefined}>
          {tiedText ||
            t('radar.isolateMeta', {
              themes: r.initiative.themes.join(', ') || t('radar.noThemes'),
              n: r.suggestions.length,
            })}
        </span>
      </span>
      {r.suggestions[0] && (
        <Badge size="xs" variant="light" color="gray" className="radar-best" title={t('radar.bestScore')}>
          {r.suggestions[0].score.toFixed(1)}
        </Badge>
      )}
    </button>
  );
}

/** The switch between the two lists, each with its count (… while it loads). */
function ListSwitch({
  list,
  counts,
  onList,
}: {
  list: RadarList;
  counts: Record<RadarList, number | null>;
  onList: (list: RadarList) => void;
}) {
  const { t } = useI18n();
  const tab = (key: RadarList) => {
    const n = counts[key];
    if (key === 'weak') return n === null ? t('radar.tab.weakLoading') : t('radar.tab.weak', { n });
    return n === null ? t('radar.tab.isolatedLoading') : t('radar.tab.isolated', { n });
  };
  return (
    <div className="radar-list-switch">
      <SegmentedControl
        size="xs"
        fullWidth
        value={list}
        onChange={(value) => onList(value === 'weak' ? 'weak' : 'isolated')}
        aria-label={t('radar.list')}
        data-testid="list-switch"
        data={[
          { value: 'isolated', label: tab('isolated') },
          { value: 'weak', label: tab('weak') },
        ]}
      />
    </div>
  );
}

/** What the list says instead of rows: it failed, it loads, or the region has none. */
function ListMessage({
  status,
  weak,
  region,
  empty,
}: {
  status: ListStatus;
  weak: boolean;
  region: string;
  empty: boolean;
}) {
  const { t } = useI18n();
  if (status.status === 'error')
    return (
      <Alert
        color="red"
        role="alert"
        title={weak ? t('radar.errorWeak', { region }) : t('radar.errorIsolates', { region })}
        p="xs"
      >
        <Text size="xs">{status.message}</Text>
      </Alert>
    );
  if (status.status === 'loading')
    return (
      <Text size="xs" c="dimmed" role="status" data-testid={weak ? 'weak-loading' : 'isolates-loading'}>
        {weak ? t('radar.loadingWeak') : t('radar.loadingIsolates')}
      </Text>
    );
  if (!empty) return null;
  return (
    <Alert color="teal" role="status" p="xs" data-testid={weak ? 'weak-empty' : 'isolates-empty'}>
      <Text size="sm">{weak ? t('radar.noWeak', { region }) : t('radar.noIsolates', { region })}</Text>
    </Alert>
  );
}

/** A shared link may choose an initiative far down the list: the list (not the page) scrolls to it. */
function useScrollToChosen(chosen: string | null, rows: readonly ListedReport[]) {
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = body.current;
    const row = chosen ? box?.querySelector<HTMLElement>(`button[data-initiative="${CSS.escape(chosen)}"]`) : null;
    if (!box || !row) return;
    if (row.offsetTop < box.scrollTop || row.offsetTop + row.offsetHeight > box.scrollTop + box.clientHeight)
      box.scrollTop = row.offsetTop - box.clientHeight / 3;
  }, [chosen, rows]);
  return body;
}

/**
 * The region's isolated or weakly tied initiatives (a switch between the two with their counts);
 * arrow keys move through them and choose.
 */
export function IsolateList({
  region,
  list,
  counts,
  onList,
  isolates,
  rows,
  chosen,
  onChoose,
}: {
  region: string;
  list: RadarList;
  /** the number in each list, null while it loads or when it failed */
  counts: Record<RadarList, number | null>;
  onList: (list: RadarList) => void;
  isolates: ListStatus;
  /** the reports of the shown list in the order to list them */
  rows: readonly ListedReport[];
  chosen: string | null;
  onChoose: (id: string) => void;
}) {
  const { t } = useI18n();
  const weak = list === 'weak';
  const body = useScrollToChosen(chosen, rows);
  const onKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const next = moveInList(event, 'data-initiative');
    if (next?.dataset.initiative) onChoose(next.dataset.initiative);
  };
  return (
    <section className="radar-card radar-isolates" aria-labelledby="radar-isolates-label" data-list={list}>
      <ListSwitch list={list} counts={counts} onList={onList} />
      <header className="radar-card-head">
        <div className="radar-head-text">
          <Text size="sm" fw={600} id="radar-isolates-label" component="h2">
            {weak ? t('radar.weak') : t('radar.isolates')}
          </Text>
          {weak && (
            <Text size="xs" c="dimmed">
              {t('radar.weakHint')}
            </Text>
          )}
        </div>
        {isolates.status === 'loading' ? (
          <Loader size={12} aria-label={weak ? t('radar.loadingWeak') : t('radar.loadingIsolates')} />
        ) : (
          isolates.status === 'ready' && (
            <Text size="xs" c="dimmed" data-testid={weak ? 'weak-count' : 'isolates-count'}>
              {t('radar.isolatesCount', { n: rows.length, region })}
            </Text>
          )
        )}
      </header>
      <div className="radar-card-body" ref={body}>
        <ListMessage status={isolates} weak={weak} region={region} empty={rows.length === 0} />
        <ul
          className="choice-list"
          aria-labelledby="radar-isolates-label"
          data-testid={weak ? 'weak-list' : 'isolate-list'}
          onKeyDown={onKey}
        >
          {rows.map((r) => (
            <li key={r.initiative.id}>
              <ReportRow
                report={r}
                region={region}
                chosen={r.initiative.id === chosen}
                onChoose={() => onChoose(r.initiative.id)}
              />
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
