import { Alert, Anchor, Group, Loader, Text } from '@mantine/core';
import { Link } from 'react-router';
import { NetworkDiffDocument } from '../../api/generated/graphql';
import { useQuery } from '../../api/useQuery';
import { useI18n, type MessageKey } from '../../i18n';
import type { PeriodKey } from '../../routes/period-url';
import { changesLink, diffPoints, periodRange, todayUtc } from '../../routes/changes-url';
import { CHANGE_SYMBOL, changeOf, regionItems } from '../../history/diff-model';

/** Entries listed on paper. */
const SHOWN = 30;

/**
 * "What changed in the period" for one region: the change log's networkDiff over the period (when
 * edits were made), kept to the initiatives and actors in the region and their relations.
 */
export function ReportChanges({ region, period }: { region: string; period: PeriodKey }) {
  const { t } = useI18n();
  const today = todayUtc();
  const range = periodRange(period, today);
  const points = diffPoints(range, today);
  const q = useQuery(
    NetworkDiffDocument,
    { from: points?.from ?? { seq: 0 }, to: points?.to ?? null, limit: 1000 },
    points === null,
  );
  if (q.status === 'error')
    return (
      <Alert color="red" role="alert">
        {q.message}
      </Alert>
    );
  if (!q.data)
    return (
      <Group gap={6} role="status">
        <Loader size="xs" />
        <Text size="sm">{t('hist.loading')}</Text>
      </Group>
    );
  const items = regionItems(q.data.networkDiff, region);
  return (
    <div data-testid="report-changes">
      <Text size="sm" mb={4}>
        {t('hist.report.range', { from: range.from, to: range.to })}{' '}
        <Anchor component={Link} to={changesLink(range)} size="sm" className="report-screen-only">
          {t('hist.report.link')}
        </Anchor>
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('hist.report.none', { region })}
        </Text>
      ) : (
        <ul className="history-list">
          {items.slice(0, SHOWN).map((item) => {
            const change = changeOf(item.action);
            return (
              <li key={item.key}>
                <Text size="sm">
                  <span aria-hidden>{CHANGE_SYMBOL[change]}</span> {t(`chg.word.${change}` as MessageKey)}: {item.label}
                </Text>
              </li>
            );
          })}
          {items.length > SHOWN && (
            <li>
              <Text size="xs" c="dimmed">
                {t('chg.cut', { n: items.length - SHOWN })}
              </Text>
            </li>
          )}
        </ul>
      )}
      <Text size="xs" c="dimmed" mt={4}>
        {t('hist.report.note')}
      </Text>
    </div>
  );
}
