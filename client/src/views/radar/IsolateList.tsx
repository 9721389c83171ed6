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
  const tiedText = (tied: NonNullable<ListedReport['tiedTo']>) =>
    tied.region && tied.region !== region
      ? t('radar.tiedOnlyToIn', { tied: tied.name, region: tied.region })
      : t('radar.tiedOnlyTo', { tied: tied.name });
  const tab = (key: RadarList) => {
    const n = counts[key];
    if (key === 'weak') return n === null ? t('radar.tab.weakLoading') : t('radar.tab.weak', { n });
    return n === null ? t('radar.tab.isolatedLoading') : t('radar.tab.isolated', { n });
  };
  // a shared link may choose an initiative far down the list: scroll the list (not the page) to it
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = body.current;
    const row = chosen ? box?.querySelector<HTMLElement>(`button[data-initiative="${CSS.escape(chosen)}"]`) : null;
    if (!box || !row) return;
    if (row.offsetTop < box.scrollTop || row.offsetTop + row.offsetHeight > box.scrollTop + box.clientHeight)
      box.scrollTop = row.offsetTop - box.clientHeight / 3;
  }, [chosen, rows]);
  const onKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const next = moveInList(event, 'data-initiative');
    if (next?.dataset.initiative) onChoose(next.dataset.initiative);
  };
  return (
    <section className="radar-card radar-isolates" aria-labelledby="radar-isolates-label" data-list={list}>
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
        {isolates.status === 'error' && (
          <Alert
            color="red"
            role="alert"
            title={weak ? t('radar.errorWeak', { region }) : t('radar.errorIsolates', { region })}
            p="xs"
          >
            <Text size="xs">{isolates.message}</Text>
          </Alert>
        )}
        {isolates.status === 'loading' && (
          <Text size="xs" c="dimmed" role="status" data-testid={weak ? 'weak-loading' : 'isolates-loading'}>
            {weak ? t('radar.loadingWeak') : t('radar.loadingIsolates')}
          </Text>
        )}
        {isolates.status === 'ready' && rows.length === 0 && (
          <Alert color="teal" role="status" p="xs" data-testid={weak ? 'weak-empty' : 'isolates-empty'}>
            <Text size="sm">{weak ? t('radar.noWeak', { region }) : t('radar.noIsolates', { region })}</Text>
          </Alert>
        )}
        <ul
          className="choice-list"
          aria-labelledby="radar-isolates-label"
          data-testid={weak ? 'weak-list' : 'isolate-list'}
          onKeyDown={onKey}
        >
          {rows.map((r) => {
            const isChosen = r.initiative.id === chosen;
            return (
              <li key={r.initiative.id}>
                <button
                  type="button"
                  data-initiative={r.initiative.id}
                  aria-current={isChosen ? 'true' : undefined}
                  className={isChosen ? 'choice-row chosen' : 'choice-row'}
                  onClick={() => onChoose(r.initiative.id)}
                >
                  <span className={r.tiedTo ? 'radar-ring radar-ring-weak' : 'radar-ring'} aria-hidden="true" />
                  <span className="radar-row-text">
                    <span className="radar-row-name">{r.initiative.name}</span>
                    <span
                      className="radar-row-meta"
                      data-testid={r.tiedTo ? 'tied-to' : undefined}
                      title={r.tiedTo ? tiedText(r.tiedTo) : undefined}
                    >
                      {r.tiedTo
                        ? tiedText(r.tiedTo)
                        : t('radar.isolateMeta', {
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
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
