import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { useState } from 'react';
import { NullModelDocument, type NullModelQuery } from '../../api/generated/graphql';
import { useQuery, type QueryState } from '../../api/useQuery';
import { useI18n } from '../../i18n';

const REPLICATES = 100;

type Bands = { state: QueryState<NullModelQuery> | null; run: () => void };

/** Null-model bands of A's cascade figures (mean depth and structural virality per size bin), when asked for. */
export function useCascadeBands(): Bands {
  const [asked, setAsked] = useState(false);
  const state = useQuery(NullModelDocument, { graph: 'AMPLIFICATION', measures: null, replicates: REPLICATES }, !asked);
  return { state: asked ? state : null, run: () => setAsked(true) };
}

/** "Compare with chance" beside the cascade's title, with its waiting and error states. */
export function ChanceButton({ bands }: { bands: Bands }) {
  const { t } = useI18n();
  const { state, run } = bands;
  return (
    <Group gap={6} ml="auto" data-testid="cascade-null">
      {state?.status === 'loading' && (
        <Group gap={6} role="status">
          <Loader size="xs" />
          <Text size="xs">{t('null.running', { n: REPLICATES })}</Text>
        </Group>
      )}
      {state?.status === 'error' && (
        <Alert color="red" role="alert" p={4} title={t('null.error')}>
          {state.message}
        </Alert>
      )}
      {state?.data && (
        <Text size="xs" c="dimmed" maw={420}>
          {t('null.hint', { n: state.data.nullModel.replicates })}
        </Text>
      )}
      <Button size="compact-xs" variant="light" onClick={run} disabled={state !== null} data-testid="null-run">
        {t('null.run')}
      </Button>
    </Group>
  );
}
