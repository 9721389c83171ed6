import { Alert, Loader, Stack, Text } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import type { RadarRegionsQuery } from '../../api/generated/graphql';
import type { QueryState } from '../../api/useQuery';
import { useI18n } from '../../i18n';
import { moveInList } from '../../components/list-keys';
import { isolateShare, percent, regionsWorstFirst } from './radar-data';

/** The regions, most isolated initiatives first, each with its isolates; arrow keys move and choose. */
export function RegionList({
  regions,
  chosen,
  onChoose,
}: {
  regions: QueryState<RadarRegionsQuery>;
  chosen: string | null;
  onChoose: (region: string) => void;
}) {
  const { t } = useI18n();
  const rows = regionsWorstFirst(regions.data?.tieStructure.regions ?? []);
  const maxShare = Math.max(0.0001, ...rows.map(isolateShare));
  const onKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const next = moveInList(event, 'data-region');
    if (next?.dataset.region) onChoose(next.dataset.region);
  };
  return (
    <Stack gap={6} className="radar-panel">
      <div>
        <Text size="sm" fw={600} id="radar-regions-label">
          {t('radar.regions')}
          {regions.status === 'loading' && <Loader size={12} ml={6} aria-label={t('radar.loadingRegions')} />}
        </Text>
        <Text size="xs" c="dimmed">
          {t('radar.regionsHint')}
        </Text>
      </div>
      {regions.status === 'error' && (
        <Alert color="red" role="alert" title={t('radar.errorRegions')} p="xs">
          <Text size="xs">{regions.message}</Text>
        </Alert>
      )}
      {regions.status === 'loading' && !regions.data && (
        <Text size="xs" c="dimmed" role="status">
          {t('radar.loadingRegions')}
        </Text>
      )}
      {regions.status === 'ready' && rows.length === 0 && (
        <Alert color="gray" role="status" p="xs" data-testid="regions-empty">
          <Text size="xs">{t('radar.noRegions')}</Text>
        </Alert>
      )}
      <ul className="choice-list" aria-labelledby="radar-regions-label" data-testid="region-list" onKeyDown={onKey}>
        {rows.map((r) => {
          const isChosen = r.region === chosen;
          const share = isolateShare(r);
          return (
            <li key={r.region}>
              <button
                type="button"
                data-region={r.region}
                aria-current={isChosen ? 'true' : undefined}
                className={isChosen ? 'choice-row chosen' : 'choice-row'}
                onClick={() => onChoose(r.region)}
              >
                <span className="radar-row-text">
                  <span className="radar-row-name">{r.region}</span>
                  <span className="radar-row-meta">
                    {t('radar.regionRow', { isolates: r.isolates, initiatives: r.initiatives, share: percent(share) })}
                  </span>
                  <span className="radar-share-bar" aria-hidden="true">
                    <span style={{ width: `${Math.round((share / maxShare) * 100)}%` }} />
                  </span>
                </span>
                <span className="radar-count" aria-hidden="true">
                  {r.isolates}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </Stack>
  );
}
