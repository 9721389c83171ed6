import { Alert, Badge, Button, Group, Loader, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { IntroductionGainsDocument, type IntroductionGainsQuery } from '../../api/generated/graphql';
import { useQuery, type QueryState } from '../../api/useQuery';
import { formatFigure } from '../../components/null-band';
import { useI18n } from '../../i18n';

const RUNS = 200;

export type Gain = IntroductionGainsQuery['introductionGains']['gains'][number];
export type Gains = { state: QueryState<IntroductionGainsQuery> | null; byId: Map<string, Gain>; run: () => void };

/** What tying the initiative to each suggestion would add to a simulated spread from it, when asked for. */
export function useSuggestionGains(initiativeId: string, candidateIds: readonly string[]): Gains {
  const [askedFor, setAskedFor] = useState<string | null>(null);
  const asked = askedFor === initiativeId && candidateIds.length > 0;
  const state = useQuery(
    IntroductionGainsDocument,
    { initiativeId, candidateIds: [...candidateIds], runs: RUNS },
    !asked,
  );
  const gains = asked && state.status === 'ready' ? state.data.introductionGains.gains : [];
  return {
    state: asked ? state : null,
    byId: new Map(gains.map((g) => [g.initiative.id, g])),
    run: () => setAskedFor(initiativeId),
  };
}

/** The button "rank by simulated gain", with its waiting and error states. */
export function GainButton({ gains, disabled }: { gains: Gains; disabled: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <Group gap={6} mb={6}>
        <Button
          size="compact-xs"
          variant="light"
          onClick={gains.run}
          disabled={disabled || gains.state !== null}
          data-testid="gain-run"
        >
          {t('gain.run')}
        </Button>
        {gains.state?.status === 'loading' && (
          <Group gap={4} role="status">
            <Loader size="xs" />
            <Text size="xs">{t('gain.running')}</Text>
          </Group>
        )}
      </Group>
      {gains.state?.status === 'error' && (
        <Alert color="red" role="alert" p="xs" title={t('gain.error')}>
          {gains.state.message}
        </Alert>
      )}
    </>
  );
}

/** One suggestion's simulated gain, with its interval in the tooltip. */
export function GainBadge({ gain }: { gain: Gain }) {
  const { t, lang } = useI18n();
  const f = (x: number) => formatFigure(x, lang, 2);
  return (
    <Tooltip label={t('gain.hint', { low: f(gain.gain.low), high: f(gain.gain.high) })} multiline w={280} withArrow>
      <Badge size="sm" variant="light" color="teal" data-testid="gain" tabIndex={0}>
        {t('gain.value', { gain: f(gain.gain.mean) })}
      </Badge>
    </Tooltip>
  );
}
