import { Alert, Badge, Button, Text, Tooltip } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { useI18n } from '../../i18n';
import type { ListedReport } from './IsolateList';
import { moveInList } from '../../components/list-keys';
import { phraseReason } from './radar-data';
import { GainBadge, GainButton, useSuggestionGains, type Gain } from './SuggestionGains';

type Suggestion = ListedReport['suggestions'][number];

/** One suggested partner: name, region and themes, score, the reasons in words, and "show both". */
function SuggestionItem({
  suggestion: s,
  shown,
  onShow,
  gain,
}: {
  suggestion: Suggestion;
  shown: boolean;
  onShow: () => void;
  gain?: Gain;
}) {
  const { t } = useI18n();
  return (
    <li
      className={shown ? 'radar-suggestion shown' : 'radar-suggestion'}
      data-testid="suggestion"
      data-partner-id={s.initiative.id}
    >
      <div className="radar-suggestion-head">
        <span className="radar-row-text">
          <span className="radar-row-name">{s.initiative.name}</span>
          <span className="radar-row-meta">
            {[s.initiative.region, s.initiative.themes.join(', ')].filter(Boolean).join(' · ')}
          </span>
        </span>
        <Badge size="sm" variant="light" color="orange" className="radar-score">
          {t('radar.score', { score: s.score.toFixed(2) })}
        </Badge>
        {gain && <GainBadge gain={gain} />}
      </div>
      <ul className="radar-reasons" aria-label={t('radar.suggestions')}>
        {s.reasonDetails.map((detail, n) => {
          const reason = phraseReason(detail, t);
          return (
            <li key={n} className={`radar-reason radar-reason-${reason.kind}`}>
              {reason.text}
            </li>
          );
        })}
      </ul>
      <Button
        size="compact-xs"
        variant={shown ? 'filled' : 'light'}
        data-partner={s.initiative.id}
        aria-pressed={shown}
        onClick={onShow}
        className="radar-show"
      >
        {shown ? `✓ ${t('radar.shown')}` : t('radar.showBoth')}
      </Button>
    </li>
  );
}

/**
 * The suggested partners of the chosen isolate (or weakly tied initiative, with whom it is tied
 * to): score, plain reasons, and "show both in the network".
 */
export function Suggestions({
  report,
  partner,
  onShow,
}: {
  report: ListedReport;
  partner: string | null;
  onShow: (partnerId: string) => void;
}) {
  const { t } = useI18n();
  const name = report.initiative.name;
  const gains = useSuggestionGains(
    report.initiative.id,
    report.suggestions.map((s) => s.initiative.id),
  );
  // by simulated gain once known (highest first, today's score breaking ties), else by today's score
  const ordered =
    gains.byId.size === 0
      ? report.suggestions
      : [...report.suggestions].sort(
          (a, b) =>
            (gains.byId.get(b.initiative.id)?.gain.mean ?? -Infinity) -
              (gains.byId.get(a.initiative.id)?.gain.mean ?? -Infinity) || b.score - a.score,
        );
  const onKey = (event: KeyboardEvent<HTMLOListElement>) => {
    moveInList(event, 'data-partner');
  };
  return (
    <section className="radar-card radar-suggestions" aria-labelledby="radar-suggestions-label">
      <header className="radar-card-head">
        <div className="radar-head-text">
          <Text size="sm" fw={600} id="radar-suggestions-label" component="h2">
            {t('radar.suggestions')}
          </Text>
          <Text size="xs" c="dimmed" className="radar-ellipsis" data-testid="suggestions-for">
            {report.tiedTo
              ? t('radar.suggestionsForWeak', { name, tied: report.tiedTo.name })
              : t('radar.suggestionsFor', { name })}
          </Text>
        </div>
        <Tooltip label={t('radar.scoreHint')} multiline w={300} withArrow>
          <Badge variant="default" size="sm" tabIndex={0} aria-label={t('radar.scoreHint')}>
            ?
          </Badge>
        </Tooltip>
      </header>
      <div className="radar-card-body">
        {report.suggestions.length > 0 && <GainButton gains={gains} disabled={false} />}
        {report.suggestions.length === 0 && (
          <Alert color="gray" role="status" p="xs" data-testid="suggestions-empty">
            <Text size="sm">{t('radar.noSuggestions', { name })}</Text>
          </Alert>
        )}
        <ol className="radar-suggestion-list" data-testid="suggestion-list" onKeyDown={onKey}>
          {ordered.map((s) => (
            <SuggestionItem
              key={s.initiative.id}
              suggestion={s}
              shown={s.initiative.id === partner}
              onShow={() => onShow(s.initiative.id)}
              gain={gains.byId.get(s.initiative.id)}
            />
          ))}
        </ol>
      </div>
    </section>
  );
}
