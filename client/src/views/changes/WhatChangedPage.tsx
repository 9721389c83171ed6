import { Alert, Group, Loader, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { NetworkDiffDocument } from '../../api/generated/graphql';
import { useQuery } from '../../api/useQuery';
import { Shell } from '../../components/Shell';
import { formatInstant } from '../../history/change-format';
import { useI18n } from '../../i18n';
import { DiffCanvas, DiffLegend } from './DiffCanvas';
import { DiffFigures, DiffLists } from './DiffLists';
import { diffPoints, parseChangesUrl, todayUtc, writeChangesUrl, type ChangesRange } from '../../routes/changes-url';
import { isEmptyDiff, type Diff } from '../../history/diff-model';
import './changes.css';

/** Entities listed per section (counts are complete). */
const LIMIT = 200;

/** The range from the URL and its change (a URL change). */
function useRange() {
  const [params, setParams] = useSearchParams();
  const today = todayUtc();
  const range = useMemo(() => parseChangesUrl(params, today), [params, today]);
  const setRange = useCallback(
    (next: ChangesRange) => setParams((prev) => writeChangesUrl(prev, next, today), { replace: true }),
    [setParams, today],
  );
  return { range, setRange, today };
}

/** The two dates of the comparison. */
function RangeBar({ range, onChange }: { range: ChangesRange; onChange: (r: ChangesRange) => void }) {
  const { t } = useI18n();
  return (
    <Group gap="sm" wrap="wrap" align="flex-end" className="changes-header">
      <Title order={1} size="h3" style={{ flexBasis: '100%' }}>
        {t('chg.title')}
      </Title>
      <TextInput
        type="date"
        label={t('chg.from')}
        value={range.from}
        onChange={(e) => e.currentTarget.value && onChange({ ...range, from: e.currentTarget.value, after: null })}
        size="xs"
        w={160}
        data-testid="changes-from"
      />
      <TextInput
        type="date"
        label={t('chg.to')}
        value={range.to}
        onChange={(e) => e.currentTarget.value && onChange({ ...range, to: e.currentTarget.value, after: null })}
        size="xs"
        w={160}
        data-testid="changes-to"
      />
    </Group>
  );
}

/** What the comparison covers: the change sets between the points, and when they were. */
function Points({ diff }: { diff: Diff }) {
  const { t, lang } = useI18n();
  return (
    <Text size="sm" data-testid="diff-points">
      {t('chg.points', {
        n: diff.changeSets,
        from: diff.from.seq,
        to: diff.to.seq,
        fromAt: diff.from.at ? formatInstant(diff.from.at, lang) : t('chg.start'),
        toAt: formatInstant(diff.to.at, lang),
      })}
    </Text>
  );
}

/** The diff: figures and drawing side by side (stacked on a narrow screen), then the lists. */
function DiffView({ diff }: { diff: Diff }) {
  const { t } = useI18n();
  if (isEmptyDiff(diff))
    return (
      <Alert color="gray" role="status" data-testid="diff-empty">
        {t('chg.empty')}
      </Alert>
    );
  return (
    <>
      <div className="diff-top">
        <div>
          <DiffFigures diff={diff} />
          <DiffLegend />
        </div>
        <DiffCanvas diff={diff} />
      </div>
      <DiffLists diff={diff} />
    </>
  );
}

/**
 * "What changed" (`/changes?from=…&to=…`): the network at the start of `from` and at the end of
 * `to` compared through the change log (networkDiff): figures, lists and a drawing of what was
 * added, removed and changed. Default: the last 30 days up to today.
 */
export function WhatChangedPage() {
  const { t } = useI18n();
  const { range, setRange, today } = useRange();
  const points = diffPoints(range, today);
  const q = useQuery(
    NetworkDiffDocument,
    { from: points?.from ?? { seq: 0 }, to: points?.to ?? null, limit: LIMIT },
    points === null,
  );
  const diff = q.data?.networkDiff;
  return (
    <Shell>
      <div className="changes" data-testid="what-changed">
        <RangeBar range={range} onChange={setRange} />
        {points === null && (
          <Alert color="red" role="alert" data-testid="diff-error">
            {t('chg.badRange')}
          </Alert>
        )}
        {points && q.status === 'loading' && (
          <Group gap={6} role="status">
            <Loader size="xs" />
            <Text size="sm">{t('chg.loading')}</Text>
          </Group>
        )}
        {points && q.status === 'error' && (
          <Alert color="red" role="alert" title={t('chg.error')} data-testid="diff-error">
            {q.message}
          </Alert>
        )}
        {points && diff && (
          <>
            <Points diff={diff} />
            <DiffView diff={diff} />
          </>
        )}
      </div>
    </Shell>
  );
}
