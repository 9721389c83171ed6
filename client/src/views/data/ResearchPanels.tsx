import { Alert, Button, Card, Group, Loader, SegmentedControl, SimpleGrid, Text } from '@mantine/core';
import { useState } from 'react';
import { NullModelDocument, type NullModelQuery } from '../../api/generated/graphql';
import { useQuery, type QueryState } from '../../api/useQuery';
import { NullBandText } from '../../components/NullBandText';
import { formatFigure } from '../../components/null-band';
import { useI18n, type MessageKey } from '../../i18n';

export type NullBands = NullModelQuery['nullModel']['bands'];

const REPLICATES = 100;

/** The null-model bands of T's figures, loaded when asked for (100 rewired networks take a moment). */
export function useNullBands(): { state: QueryState<NullModelQuery> | null; run: () => void } {
  const [asked, setAsked] = useState(false);
  const state = useQuery(NullModelDocument, { graph: 'TIE', measures: null, replicates: REPLICATES }, !asked);
  return { state: asked ? state : null, run: () => setAsked(true) };
}

/** The figure of a networkStats card that a band belongs to. */
export const BAND_OF_FIGURE = { components: 'COMPONENTS', isolatedInitiatives: 'ISOLATES' } as const;

/** The button, the waiting and error states, and the figure only the null model gives (largest share). */
export function NullBandsPanel({ bands }: { bands: ReturnType<typeof useNullBands> }) {
  const { t, lang } = useI18n();
  const { state, run } = bands;
  const share = state?.data?.nullModel.bands.find((b) => b.measure === 'LARGEST_COMPONENT_SHARE');
  return (
    <section aria-label={t('null.run')} data-testid="null-bands">
      <Group gap="sm" align="center">
        <Button size="xs" variant="light" onClick={run} disabled={state?.status === 'loading'} data-testid="null-run">
          {t('null.run')}
        </Button>
        {state?.status === 'loading' && (
          <Group gap={6} role="status">
            <Loader size="xs" />
            <Text size="sm">{t('null.running', { n: REPLICATES })}</Text>
          </Group>
        )}
        {state?.data && (
          <Text size="xs" c="dimmed">
            {t('null.hint', { n: state.data.nullModel.replicates })}
          </Text>
        )}
      </Group>
      {state?.status === 'error' && (
        <Alert color="red" role="alert" title={t('null.error')} mt="xs">
          {state.message}
        </Alert>
      )}
      {share && (
        <Card withBorder padding="sm" mt="sm" maw={320} className="figure" data-testid="figure-largestShare">
          <Text className="value" fz={26} fw={700} lh={1.1}>
            {formatFigure(share.observed, lang)}
          </Text>
          <Text className="label" fw={600} size="sm">
            {t('null.LARGEST_COMPONENT_SHARE')}
          </Text>
          <Text className="hint" size="xs" c="dimmed">
            {t('null.LARGEST_COMPONENT_SHAREHint')}
          </Text>
          <NullBandText band={share} testId="band-LARGEST_COMPONENT_SHARE" />
        </Card>
      )}
      {state?.data && (
        <Text size="xs" c="dimmed" mt={6} data-testid="null-receipt">
          {t('sim.receipt', { cite: state.data.nullModel.manifest.citeAs })}
        </Text>
      )}
    </section>
  );
}

const TEMPORAL = ['gexf-dynamic', 'diffusion', 'waves'] as const;
const LABELS: Record<(typeof TEMPORAL)[number], string> = {
  'gexf-dynamic': 'Dynamic GEXF',
  diffusion: 'netdiffuseR',
  waves: 'Waves',
};

/** The temporal exports (each with its manifest), with the time unit of the tables. */
export function ResearchDownloads() {
  const { t } = useI18n();
  const [period, setPeriod] = useState<'year' | 'month'>('year');
  return (
    <div data-testid="research-downloads">
      <Group gap="sm" mt="md" mb="xs" align="center">
        <Text size="sm" fw={600}>
          {t('dl.research')}
        </Text>
        <SegmentedControl
          size="xs"
          aria-label={t('dl.period')}
          value={period}
          onChange={(v) => setPeriod(v === 'month' ? 'month' : 'year')}
          data={[
            { value: 'year', label: t('dl.period.year') },
            { value: 'month', label: t('dl.period.month') },
          ]}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        {TEMPORAL.map((format) => (
          <Card key={format} withBorder padding="sm">
            <Button
              component="a"
              href={`/api/export?format=${format}${format === 'gexf-dynamic' ? '' : `&period=${period}`}`}
              download
              variant="light"
              fullWidth
              data-testid={`download-${format}`}
            >
              {LABELS[format]}
            </Button>
            <Text size="xs" c="dimmed" mt={6} ta="center">
              {t(`data.dl.${format}` as MessageKey)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </div>
  );
}
