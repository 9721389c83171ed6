import { Alert, Badge, Loader, Text } from '@mantine/core';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { RadarIsolatesQuery } from '../../api/generated/graphql';
import type { QueryState } from '../../api/useQuery';
import { useI18n } from '../../i18n';
import { moveInList } from './list-keys';

/** The region's isolated initiatives; arrow keys move through them and choose. */
export function IsolateList({
  region,
  isolates,
  rows,
  chosen,
  onChoose,
}: {
  region: string;
  isolates: QueryState<RadarIsolatesQuery>;
  /** the isolation reports in the order to list them */
  rows: RadarIsolatesQuery['isolatedInitiatives'];
  chosen: string | null;
  onChoose: (id: string) => void;
}) {
  const { t } = useI18n();
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
    <section className="radar-card radar-isolates" aria-labelledby="radar-isolates-label">
      <header className="radar-card-head">
        <Text size="sm" fw={600} id="radar-isolates-label" component="h2">
          {t('radar.isolates')}
        </Text>
        {isolates.status === 'loading' ? (
          <Loader size={12} aria-label={t('radar.loadingIsolates')} />
        ) : (
          isolates.data && (
            <Text size="xs" c="dimmed" data-testid="isolates-count">
              {t('radar.isolatesCount', { n: rows.length, region })}
            </Text>
          )
        )}
      </header>
      <div className="radar-card-body" ref={body}>
        {isolates.status === 'error' && (
          <Alert color="red" role="alert" title={t('radar.errorIsolates', { region })} p="xs">
            <Text size="xs">{isolates.message}</Text>
          </Alert>
        )}
        {isolates.status === 'loading' && !isolates.data && (
          <Text size="xs" c="dimmed" role="status" data-testid="isolates-loading">
            {t('radar.loadingIsolates')}
          </Text>
        )}
        {isolates.status === 'ready' && rows.length === 0 && (
          <Alert color="teal" role="status" p="xs" data-testid="isolates-empty">
            <Text size="sm">{t('radar.noIsolates', { region })}</Text>
          </Alert>
        )}
        <ul className="radar-list" aria-labelledby="radar-isolates-label" data-testid="isolate-list" onKeyDown={onKey}>
          {rows.map((r) => {
            const isChosen = r.initiative.id === chosen;
            return (
              <li key={r.initiative.id}>
                <button
                  type="button"
                  data-initiative={r.initiative.id}
                  aria-current={isChosen ? 'true' : undefined}
                  className={isChosen ? 'radar-row chosen' : 'radar-row'}
                  onClick={() => onChoose(r.initiative.id)}
                >
                  <span className="radar-ring" aria-hidden="true" />
                  <span className="radar-row-text">
                    <span className="radar-row-name">{r.initiative.name}</span>
                    <span className="radar-row-meta">
                      {t('radar.isolateMeta', {
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
