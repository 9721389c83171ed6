import { Alert, Anchor, Button, Group, Loader, Select, Text, Title } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { PeriodOverviewDocument } from '../../api/generated/graphql';
import { useQuery } from '../../api/useQuery';
import { Shell } from '../../components/Shell';
import { ReportChanges } from './ReportChanges';
import { useI18n } from '../../i18n';
import { parsePeriod, PERIOD_DAYS, periodVariables, writePeriod, type PeriodKey } from '../../routes/period-url';
import {
  CascadeLists,
  FiguresTable,
  InitiativeList,
  NetworkPicture,
  ReportSection,
  TrendChart,
} from './ReportSections';
import './report.css';

/** The period from the URL (as the overview's) and its change. */
function usePeriod() {
  const [params, setParams] = useSearchParams();
  const period = useMemo(() => parsePeriod(params), [params]);
  const setPeriod = useCallback((p: PeriodKey) => setParams((prev) => writePeriod(prev, p)), [setParams]);
  return { period, setPeriod };
}

/** On screen only: back to the overview, the period, and "Download PDF" (the browser's print). */
function ScreenBar({
  period,
  years,
  onPeriod,
}: {
  period: PeriodKey;
  years: number[];
  onPeriod: (p: PeriodKey) => void;
}) {
  const { t } = useI18n();
  const data = [
    ...PERIOD_DAYS.map((d) => ({ value: `${d}d`, label: t(`ov.period.${d}d`) })),
    ...[...new Set([...years.map(String), ...(period.endsWith('d') ? [] : [period])])].map((y) => ({
      value: y,
      label: y,
    })),
  ];
  return (
    <Group className="report-screen-only" gap="sm" wrap="wrap" mb="sm">
      <Anchor component={Link} to="/" size="sm">
        {t('rep.back')}
      </Anchor>
      <Select
        aria-label={t('ov.period')}
        data={data}
        value={period}
        onChange={(v) => v && onPeriod(v as PeriodKey)}
        allowDeselect={false}
        size="xs"
        w={170}
      />
      <Button size="xs" onClick={() => window.print()} title={t('rep.printHint')} data-testid="print">
        {t('rep.print')}
      </Button>
    </Group>
  );
}

/**
 * The region report (`/report/<region>?period=…`): one printable page (A4, black-and-white
 * legible) with the region's figures and trend, its isolated and weakly tied initiatives with
 * suggested partners and the reasons, its cascades, and a small network picture with its legend.
 * "What changed in the period" comes from the change log (ReportChanges).
 */
export function ReportPage() {
  const { t, lang } = useI18n();
  const region = useParams().region ?? '';
  const { period, setPeriod } = usePeriod();
  const q = useQuery(PeriodOverviewDocument, { ...periodVariables(period), region });
  const o = q.data?.periodOverview;
  const known = o && o.regions[0] && o.regions[0].end.initiatives > 0;
  return (
    <Shell>
      <article className="report" lang={lang} data-testid="report">
        <ScreenBar period={period} years={o?.dates.years ?? []} onPeriod={setPeriod} />
        <header className="report-head">
          <Title order={1} size="h2">
            {t('rep.title', { region })}
          </Title>
          {o && (
            <Text size="sm" data-testid="report-subtitle">
              {t('rep.subtitle', { from: o.from, to: o.to, date: o.dates.newest ?? '—' })}
            </Text>
          )}
        </header>
        {q.status === 'loading' && (
          <Group gap={6} role="status">
            <Loader size="xs" />
            <Text size="sm">{t('rep.loading')}</Text>
          </Group>
        )}
        {q.status === 'error' && (
          <Alert color="red" role="alert" title={t('rep.error')}>
            {q.message}
          </Alert>
        )}
        {o && !known && (
          <Alert color="gray" role="status" data-testid="report-unknown">
            {t('rep.unknown', { region })}
          </Alert>
        )}
        {o && known && (
          <>
            <ReportSection title={t('rep.figures')} testId="section-figures">
              <FiguresTable o={o} />
            </ReportSection>
            <ReportSection title={t('rep.trend')} testId="section-trend">
              <TrendChart region={region} />
            </ReportSection>
            <ReportSection title={t('rep.isolatedList')} testId="section-isolated">
              <InitiativeList region={region} kind="isolated" />
            </ReportSection>
            <ReportSection title={t('rep.weakList')} testId="section-weak">
              <InitiativeList region={region} kind="weak" />
            </ReportSection>
            <ReportSection title={t('rep.cascades', { region })} testId="section-cascades">
              <CascadeLists o={o} region={region} />
            </ReportSection>
            <ReportSection title={t('hist.report.title')} testId="section-changes">
              <ReportChanges region={region} period={period} />
            </ReportSection>
            <ReportSection title={t('rep.network')} testId="section-network">
              <NetworkPicture o={o} region={region} />
            </ReportSection>
          </>
        )}
      </article>
    </Shell>
  );
}
