import { Alert, Group, Loader, Select, Text, Title } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { PeriodOverviewDocument } from '../../api/generated/graphql';
import { useQuery } from '../../api/useQuery';
import { Shell } from '../../components/Shell';
import { useI18n } from '../../i18n';
import { CascadesCard, CountsCard, ModesCard, RegionsCard } from './OverviewCards';
import { RecentChangesCard } from './RecentChangesCard';
import { daysBetween, formatDate, type Overview } from './overview-figures';
import { parsePeriod, PERIOD_DAYS, periodVariables, writePeriod, type PeriodKey } from '../../routes/period-url';
import './overview.css';

/** Data this many days older than today gets a notice: the "last days" periods end at the data's newest date. */
const STALE_DAYS = 45;

/** The period from the URL, and its change (a URL change). */
function usePeriod() {
  const [params, setParams] = useSearchParams();
  const period = useMemo(() => parsePeriod(params), [params]);
  const setPeriod = useCallback((p: PeriodKey) => setParams((prev) => writePeriod(prev, p)), [setParams]);
  return { period, setPeriod };
}

/** The period picker (the last 30/90/365 days of the data, or a year with data) and the dates it covers. */
function PeriodBar({
  o,
  period,
  onChange,
}: {
  o: Overview | undefined;
  period: PeriodKey;
  onChange: (p: PeriodKey) => void;
}) {
  const { t, lang } = useI18n();
  const years = o?.dates.years ?? [];
  const data = [
    ...PERIOD_DAYS.map((d) => ({ value: `${d}d`, label: t(`ov.period.${d}d`) })),
    ...[...new Set([...years.map(String), ...(period.endsWith('d') ? [] : [period])])].map((y) => ({
      value: y,
      label: y,
    })),
  ];
  return (
    <Group gap="sm" wrap="wrap" align="center" className="overview-header">
      <Title order={1} size="h3">
        {t('ov.title')}
      </Title>
      <Select
        aria-label={t('ov.period')}
        data={data}
        value={period}
        onChange={(v) => v && onChange(v as PeriodKey)}
        allowDeselect={false}
        size="xs"
        w={170}
        data-testid="period-select"
      />
      {o && (
        <Text size="sm" data-testid="period-range">
          {t('ov.periodRange', { from: formatDate(o.from, lang), to: formatDate(o.to, lang) })}
          {o.dates.newest && (
            <Text span size="xs" c="dimmed">
              {' · '}
              {t('ov.newest', { date: formatDate(o.dates.newest, lang) })}
            </Text>
          )}
        </Text>
      )}
    </Group>
  );
}

/** A notice when the data's newest date lies well before today, or when there are no dates at all. */
function DataAge({ o }: { o: Overview }) {
  const { t, lang } = useI18n();
  if (o.dates.newest === null)
    return (
      <Alert color="yellow" role="status" py={6}>
        <Text size="sm">{t('ov.noData')}</Text>
      </Alert>
    );
  const age = daysBetween(o.dates.newest, o.dates.today);
  if (age <= STALE_DAYS) return null;
  return (
    <Alert color="gray" role="status" py={6} data-testid="stale-data">
      <Text size="sm">{t('ov.stale', { date: formatDate(o.dates.newest, lang), days: age })}</Text>
    </Alert>
  );
}

/**
 * The overview at `/`: a grid of cards, each one question with its answer and a link to the view
 * that explains it, for a period chosen in the URL (`period=30d|90d|365d|YYYY`), and the change
 * log's recent changes of the period (linking to the What changed view).
 */
export function OverviewPage() {
  const { t } = useI18n();
  const { period, setPeriod } = usePeriod();
  const q = useQuery(PeriodOverviewDocument, periodVariables(period));
  const o = q.data?.periodOverview;
  return (
    <Shell>
      <div className="overview">
        <PeriodBar o={o} period={period} onChange={setPeriod} />
        {q.status === 'loading' && (
          <Group gap={6} role="status" data-testid="loading">
            <Loader size="xs" />
            <Text size="sm">{t('ov.loading')}</Text>
          </Group>
        )}
        {q.status === 'error' && (
          <Alert color="red" role="alert" title={t('ov.error')}>
            {q.message}
          </Alert>
        )}
        {o && (
          <>
            <DataAge o={o} />
            <div className="overview-grid" data-testid="overview-cards">
              <CountsCard o={o} />
              <RegionsCard o={o} period={period} />
              <ModesCard o={o} />
              <CascadesCard o={o} kind="largest" />
              <CascadesCard o={o} kind="fastest" />
              <RecentChangesCard period={period} />
            </div>
          </>
        )}
      </div>
    </Shell>
  );
}
