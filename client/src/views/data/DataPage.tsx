import {
  Alert,
  Anchor,
  Button,
  Card,
  Code,
  Container,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { NetworkStatsDocument, type NetworkStatsQuery } from '../../api/generated/graphql';
import { bumpDataVersion } from '../../api/data-version';
import { useQuery } from '../../api/useQuery';
import { SECTIONS } from '../../domain/values';
import { ChangeFeed } from '../../history/ChangeFeed';
import { Shell } from '../../components/Shell';
import { useI18n, type MessageKey } from '../../i18n';
import { NullBandText } from '../../components/NullBandText';
import { ImportPanel } from './ImportPanel';
import { BAND_OF_FIGURE, NullBandsPanel, ResearchDownloads, useNullBands, type NullBands } from './ResearchPanels';
import './data.css';

type Figures = NetworkStatsQuery['networkStats'];

const FIGURES: (keyof Figures)[] = [
  'initiatives',
  'actors',
  'amplifications',
  'involvements',
  'influences',
  'components',
  'isolatedInitiatives',
];

const DOWNLOADS: { format: 'json' | 'csv' | 'xlsx' | 'gexf' | 'graphml'; label: string }[] = [
  { format: 'json', label: 'JSON' },
  { format: 'csv', label: 'CSV' },
  { format: 'xlsx', label: 'XLSX' },
  { format: 'gexf', label: 'GEXF' },
  { format: 'graphml', label: 'GraphML' },
];

/** A message with {placeholders} replaced by elements (code, links). */
function Rich({ text, parts }: { text: string; parts: Record<string, ReactNode> }) {
  return (
    <>
      {text.split(/(\{[a-z]+\})/).map((piece, i) => {
        const key = /^\{([a-z]+)\}$/.exec(piece)?.[1];
        return <Fragment key={i}>{key && key in parts ? parts[key] : piece}</Fragment>;
      })}
    </>
  );
}

/** The null band of a figure's card, when the comparison with chance has run. */
function bandOf(bands: NullBands | undefined, key: keyof Figures) {
  const measure = (BAND_OF_FIGURE as Partial<Record<keyof Figures, string>>)[key];
  return measure ? bands?.find((b) => b.measure === measure) : undefined;
}

/** The network's figures from networkStats, with loading, error and empty states, and null bands once asked for. */
function NetworkFigures({ bands }: { bands?: NullBands }) {
  const { t, lang } = useI18n();
  const stats = useQuery(NetworkStatsDocument, {});
  return (
    <>
      {stats.status === 'loading' && (
        <Group role="status">
          <Loader size="sm" /> <Text>{t('data.loading')}</Text>
        </Group>
      )}
      {stats.status === 'error' && (
        <Alert role="alert" color="red" title={t('data.error')}>
          {stats.message}
        </Alert>
      )}
      {stats.status === 'ready' && stats.data.networkStats.initiatives === 0 && (
        <Alert role="status" color="yellow" title={t('data.empty')}>
          <Rich
            text={t('data.emptyText')}
            parts={{ cli: <Code>npm run import -- templates/example</Code>, seed: <Code>SEED_DEMO=true</Code> }}
          />
        </Alert>
      )}
      {stats.status === 'ready' && (
        <section aria-label={t('data.figures')}>
          <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="sm">
            {FIGURES.map((key) => (
              <Card key={key} withBorder padding="sm" data-testid={`figure-${key}`} className="figure">
                <Text className="value" fz={26} fw={700} lh={1.1}>
                  {stats.data.networkStats[key].toLocaleString(lang)}
                </Text>
                <Text className="label" fw={600} size="sm">
                  {t(`data.fig.${key}` as MessageKey)}
                </Text>
                <Text className="hint" size="xs" c="dimmed">
                  {t(`data.fig.${key}Hint` as MessageKey)}
                </Text>
                {bandOf(bands, key) && <NullBandText band={bandOf(bands, key)!} testId={`band-${key}`} />}
              </Card>
            ))}
          </SimpleGrid>
        </section>
      )}
    </>
  );
}

/** Every export of the whole network, one button per format. */
function Downloads() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="downloads-title">
      <Title order={3} id="downloads-title" mb="xs">
        {t('data.downloads')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('data.downloadsHint')}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
        {DOWNLOADS.map((d) => (
          <Card key={d.format} withBorder padding="sm">
            <Button
              component="a"
              href={`/api/export?format=${d.format}`}
              download
              variant="light"
              fullWidth
              data-testid={`download-${d.format}`}
            >
              {d.label}
            </Button>
            <Text size="xs" c="dimmed" mt={6} ta="center">
              {t(`data.dl.${d.format}`)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <ResearchDownloads />
    </section>
  );
}

/** Where the templates are: the README, a CSV file per section, the workbook and the example. */
function Templates() {
  const { t } = useI18n();
  return (
    <Text size="sm" c="dimmed" mb="sm" data-testid="import-templates">
      <Rich
        text={t('data.templates')}
        parts={{
          readme: <Anchor href="/templates/README.md">README.md</Anchor>,
          csv: (
            <>
              {SECTIONS.map((kind, k) => (
                <Fragment key={kind}>
                  {k > 0 && ', '}
                  <Anchor href={`/templates/csv/${kind}.csv`} download>
                    {kind}.csv
                  </Anchor>
                </Fragment>
              ))}
            </>
          ),
          xlsx: (
            <Anchor href="/templates/template.xlsx" download>
              template.xlsx
            </Anchor>
          ),
          example: (
            <Anchor href="/templates/example.xlsx" download>
              example.xlsx
            </Anchor>
          ),
        }}
      />
    </Text>
  );
}

/** What is in the database, the downloads of all of it, and the import of spreadsheets or JSON. */
export function DataPage() {
  const { t } = useI18n();
  const bands = useNullBands();
  return (
    <Shell>
      <Container size="lg" py="lg">
        <Stack gap="lg">
          <div>
            <Title order={2}>{t('data.title')}</Title>
            <Text c="dimmed">{t('data.intro')}</Text>
          </div>
          <NetworkFigures bands={bands.state?.data?.nullModel.bands} />
          <NullBandsPanel bands={bands} />
          <Downloads />
          <section aria-labelledby="import-title">
            <Title order={3} id="import-title" mb="xs">
              {t('data.import')}
            </Title>
            <Text size="sm" mb="xs">
              {t('data.importHint')}
            </Text>
            <Templates />
            {/* after an import wrote rows, the figures (and every other query) load again */}
            <ImportPanel onWritten={bumpDataVersion} />
          </section>
          <section aria-labelledby="activity-title">
            <Title order={3} id="activity-title" mb="xs">
              {t('hist.activity')}
            </Title>
            <ChangeFeed />
          </section>
          <Group gap="lg" aria-label={t('data.links')}>
            <Anchor href="/graphql">GraphQL API</Anchor>
            <Anchor href="/health">Health</Anchor>
          </Group>
        </Stack>
      </Container>
    </Shell>
  );
}
