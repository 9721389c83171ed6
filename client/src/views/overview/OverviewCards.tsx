import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n, type MessageKey } from '../../i18n';
import { ModesChart } from './ModesChart';
import {
  change,
  formatDate,
  links,
  modeTotals,
  percent,
  perMonth,
  regionsNeedingAttention,
  type Change,
  type Overview,
} from './overview-figures';
import type { PeriodKey } from '../../routes/period-url';

/** One question, its answer, and a link to the view that explains it. */
export function QuestionCard({
  question,
  testId,
  link,
  children,
}: {
  question: string;
  testId: string;
  link?: { to: string; label: string } | undefined;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="md" className="overview-card" data-testid={testId} component="section">
      <Title order={2} size="h5" mb="xs">
        {question}
      </Title>
      <Stack gap="xs" style={{ flex: 1 }}>
        {children}
      </Stack>
      {link && (
        <Anchor
          component={Link}
          to={link.to}
          size="sm"
          mt="sm"
          className="overview-link"
          data-testid={`${testId}-link`}
        >
          {link.label}
        </Anchor>
      )}
    </Card>
  );
}

/** A change as a symbol and a signed number, with the same in words for screen readers. */
export function ChangeBadge({ c, format = String }: { c: Change; format?: (n: number) => string }) {
  const { t } = useI18n();
  const words =
    c.delta > 0
      ? t('ov.change.up', { n: format(c.delta) })
      : c.delta < 0
        ? t('ov.change.down', { n: format(-c.delta) })
        : t('ov.change.same');
  return (
    <span className={`change change-${c.delta > 0 ? 'up' : c.delta < 0 ? 'down' : 'same'}`} title={words}>
      <span aria-hidden="true">
        {c.arrow} {c.signed}
      </span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}

const COUNTS: { key: 'initiatives' | 'amplifications' | 'isolated' | 'components'; label: MessageKey }[] = [
  { key: 'initiatives', label: 'ov.counts.initiatives' },
  { key: 'amplifications', label: 'ov.counts.amplifications' },
  { key: 'isolated', label: 'ov.counts.isolated' },
  { key: 'components', label: 'ov.counts.components' },
];

/** The counts at the end of the period, each with its change since the start. */
export function CountsCard({ o }: { o: Overview }) {
  const { t, lang } = useI18n();
  const n = (v: number) => v.toLocaleString('en');
  const ended = o.to < o.dates.today;
  return (
    <QuestionCard
      question={t('ov.counts.q')}
      testId="card-counts"
      link={{
        to: links.network(o),
        label: ended ? t('ov.counts.link', { date: formatDate(o.to, lang) }) : t('ov.counts.linkToday'),
      }}
    >
      <Text size="xs" c="dimmed">
        {t('ov.since', { date: formatDate(o.start.asOf, lang) })}
      </Text>
      <dl className="overview-counts">
        {COUNTS.map(({ key, label }) => {
          const c = change(o.start[key], o.end[key], n);
          return (
            <div key={key} className="overview-count" data-testid={`count-${key}`}>
              <dt>{t(label)}</dt>
              <dd>
                <span className="value">{n(c.value)}</span> <ChangeBadge c={c} format={n} />
              </dd>
            </div>
          );
        })}
      </dl>
    </QuestionCard>
  );
}

/** Deepen, broaden and spread per month, and the totals in words. */
export function ModesCard({ o }: { o: Overview }) {
  const { t } = useI18n();
  const totals = modeTotals(o.modesByMonth);
  const any = totals.deepening + totals.broadening + totals.spreading > 0;
  return (
    <QuestionCard
      question={t('ov.modes.q')}
      testId="card-modes"
      link={{ to: links.modes(o), label: t('ov.modes.link') }}
    >
      {any ? (
        <>
          <Text size="sm" data-testid="mode-totals">
            {t('ov.modes.totals', { deepen: totals.deepening, broaden: totals.broadening, spread: totals.spreading })}
          </Text>
          <ModesChart months={o.modesByMonth} />
        </>
      ) : (
        <Text size="sm" c="dimmed" data-testid="modes-empty">
          {t('ov.modes.empty')}
        </Text>
      )}
    </QuestionCard>
  );
}

const SHOWN_REGIONS = 6;

/** Regions worst first, each with its isolated share and change, components and growth, and links. */
export function RegionsCard({ o, period }: { o: Overview; period: PeriodKey }) {
  const { t } = useI18n();
  const rows = regionsNeedingAttention(o.regions);
  const shown = rows.slice(0, SHOWN_REGIONS);
  const first = rows[0];
  return (
    <QuestionCard
      question={t('ov.regions.q')}
      testId="card-regions"
      link={
        first && rows.length > SHOWN_REGIONS
          ? { to: '/radar', label: t('ov.regions.more', { n: rows.length - SHOWN_REGIONS }) }
          : undefined
      }
    >
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('ov.regions.empty')}
        </Text>
      ) : (
        <>
          <Text size="xs" c="dimmed">
            {t('ov.regions.hint')}
          </Text>
          <ol className="overview-regions">
            {shown.map((r) => (
              <li key={r.region} data-testid="region-row" data-region={r.region} data-share={r.share}>
                <Group justify="space-between" wrap="wrap" gap={4}>
                  <Anchor component={Link} to={links.radar(r.region)} fw={600} size="sm">
                    {r.region}
                  </Anchor>
                  <Group gap={8} className="overview-region-links">
                    <Anchor component={Link} to={links.report(r.region, period)} size="xs">
                      {t('ov.regions.report')}
                    </Anchor>
                    <Anchor component={Link} to={links.map(r.region)} size="xs">
                      {t('ov.regions.map')}
                    </Anchor>
                  </Group>
                </Group>
                <Text size="xs">
                  {t('ov.regions.row', { share: percent(r.share), isolated: r.isolated.value, n: r.initiatives })}{' '}
                  <ChangeBadge c={change(0, r.shareDelta, (v) => `${v} pt`)} format={(v) => `${v} pt`} /> ·{' '}
                  {t('ov.regions.components', { n: r.components.value })} <ChangeBadge c={r.components} /> ·{' '}
                  {t('ov.regions.growth', { signed: change(0, r.growth).signed })}
                </Text>
              </li>
            ))}
          </ol>
        </>
      )}
    </QuestionCard>
  );
}

/** The largest or the fastest-growing cascades of the period, each linked to the diffusion view. */
export function CascadesCard({ o, kind }: { o: Overview; kind: 'largest' | 'fastest' }) {
  const { t } = useI18n();
  const list = kind === 'largest' ? o.largestCascades : o.fastestCascades;
  return (
    <QuestionCard
      question={t(kind === 'largest' ? 'ov.largest.q' : 'ov.fastest.q')}
      testId={`card-${kind}`}
      link={{ to: '/diffusion', label: t('ov.cascades.link') }}
    >
      {list.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('ov.cascades.empty')}
        </Text>
      ) : (
        <ol className="overview-cascades">
          {list.map((c) => (
            <li key={c.root.id} data-testid="cascade-row" data-root={c.root.id}>
              <Anchor component={Link} to={links.cascade(c.root.id)} size="sm" fw={600}>
                {c.root.name}
              </Anchor>
              <Text size="xs" c="dimmed">
                {kind === 'largest'
                  ? t('ov.cascade.size', { size: c.size, signed: change(c.sizeAtStart, c.size).signed })
                  : t('ov.cascade.joined', { joined: c.joined, rate: perMonth(c.joined, o.months), size: c.size })}
                {' · '}
                {[c.root.region, t('ov.cascade.regions', { n: c.regionsReached })].filter(Boolean).join(' · ')}
              </Text>
            </li>
          ))}
        </ol>
      )}
    </QuestionCard>
  );
}
