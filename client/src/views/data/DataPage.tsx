import { Alert, Anchor, Button, Card, Container, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { NetworkStatsDocument, type NetworkStatsQuery } from '../../api/generated/graphql';
import { useQuery } from '../../api/useQuery';
import { Shell } from '../../components/Shell';

type Figures = NetworkStatsQuery['networkStats'];

const FIGURES: { key: keyof Figures; label: string; hint: string }[] = [
  { key: 'initiatives', label: 'Initiatives', hint: 'small wins in the network' },
  { key: 'actors', label: 'Actors', hint: 'people and organisations behind them' },
  { key: 'amplifications', label: 'Amplifications', hint: 'deepen · broaden · spread' },
  { key: 'involvements', label: 'Involvements', hint: 'actor takes part in initiative' },
  { key: 'influences', label: 'Influences', hint: 'actor to actor' },
  { key: 'components', label: 'Components', hint: 'separate parts of the tie graph' },
  { key: 'isolatedInitiatives', label: 'Isolated', hint: 'initiatives without any tie' },
];

const DOWNLOADS: { format: string; label: string; hint: string }[] = [
  { format: 'json', label: 'JSON', hint: 'the whole network, re-importable' },
  { format: 'csv', label: 'CSV', hint: 'one table per kind (zip)' },
  { format: 'xlsx', label: 'XLSX', hint: 'one sheet per kind, for spreadsheets' },
  { format: 'gexf', label: 'GEXF', hint: 'for Gephi' },
  { format: 'graphml', label: 'GraphML', hint: 'for yEd, Cytoscape desktop, networkx' },
];

/** What is in the database, and the downloads of all of it. */
export function DataPage() {
  const stats = useQuery(NetworkStatsDocument, {});
  return (
    <Shell>
      <Container size="lg" py="lg">
        <Stack gap="lg">
          <div>
            <Title order={2}>Data</Title>
            <Text c="dimmed">
              How small wins deepen, broaden and spread across a network of initiatives and the actors behind them.
            </Text>
          </div>
          {stats.status === 'loading' && (
            <Group role="status">
              <Loader size="sm" /> <Text>Loading the network…</Text>
            </Group>
          )}
          {stats.status === 'error' && (
            <Alert role="alert" color="red" title="The API did not answer">
              {stats.message}
            </Alert>
          )}
          {stats.status === 'ready' && stats.data.networkStats.initiatives === 0 && (
            <Alert role="status" color="yellow" title="The network is empty">
              Import a spreadsheet with <code>npm run import -- templates/example</code>, or restart with demo data (
              <code>SEED_DEMO=true</code>).
            </Alert>
          )}
          {stats.status === 'ready' && (
            <section aria-label="Network figures">
              <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="sm">
                {FIGURES.map((f) => (
                  <Card key={f.key} withBorder padding="sm" data-testid={`figure-${f.key}`} className="figure">
                    <Text className="value" fz={26} fw={700} lh={1.1}>
                      {stats.data.networkStats[f.key].toLocaleString('en')}
                    </Text>
                    <Text className="label" fw={600} size="sm">
                      {f.label}
                    </Text>
                    <Text className="hint" size="xs" c="dimmed">
                      {f.hint}
                    </Text>
                  </Card>
                ))}
              </SimpleGrid>
            </section>
          )}
          <section aria-labelledby="downloads-title">
            <Title order={3} id="downloads-title" mb="xs">
              Downloads
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              The whole network as it is in the database now.
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
                    {d.hint}
                  </Text>
                </Card>
              ))}
            </SimpleGrid>
          </section>
          <Group gap="lg">
            <Anchor href="/graphql">GraphQL API</Anchor>
            <Anchor href="/health">Health</Anchor>
          </Group>
          <Text size="sm" c="dimmed">
            Import (upload with the server’s problems listed by file, row and column) comes next; until then use{' '}
            <code>npm run import -- &lt;folder or file&gt;</code>.
          </Text>
        </Stack>
      </Container>
    </Shell>
  );
}
