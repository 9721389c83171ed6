import { ChangeFeed } from '../../history/ChangeFeed';
import { useI18n } from '../../i18n';
import type { PeriodKey } from '../../routes/period-url';
import { changesLink, periodRange, rangeInstants, todayUtc } from '../../routes/changes-url';
import { QuestionCard } from './OverviewCards';

/**
 * "What changed recently?": the last change sets of the period from the change log (when edits
 * were made: the last N days up to today, or the year), linking to the What changed view.
 */
export function RecentChangesCard({ period }: { period: PeriodKey }) {
  const { t } = useI18n();
  const range = periodRange(period, todayUtc());
  const { since, until } = rangeInstants(range);
  return (
    <QuestionCard
      question={t('hist.recent.q')}
      testId="card-recent-changes"
      link={{ to: changesLink(range), label: t('hist.recent.link', { from: range.from, to: range.to }) }}
    >
      <ChangeFeed page={5} since={since} until={until} more={false} testId="recent-changes" />
    </QuestionCard>
  );
}
