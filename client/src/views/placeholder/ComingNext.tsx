import { Container, Stack, Text, Title } from '@mantine/core';
import { Shell } from '../../components/Shell';
import { useI18n, type MessageKey } from '../../i18n';

const ABOUT: Record<'diffusion' | 'radar' | 'rankings', { title: MessageKey; text: string }> = {
  diffusion: {
    title: 'nav.diffusion',
    text: 'A ranked list of cascades, a chosen cascade drawn by generation with its size, depth, breadth and structural virality, the adoption curve, and a time line that replays how wins deepened, broadened and spread. The API (cascades, cascade) is ready; the view is next.',
  },
  radar: {
    title: 'nav.radar',
    text: 'For coordinators: per region, the isolated and weakly tied initiatives with suggested partners and the reasons, one click to see both in the network, and the region’s health over time. The API (isolatedInitiatives, networkSeries) is ready; the view is next.',
  },
  rankings: {
    title: 'nav.rankings',
    text: 'Sortable tables of actors and initiatives by degree, PageRank, betweenness and closeness, brokers across regions and themes, linked to the canvas. The API (actorRanking, initiativeRanking, brokers, communities) is ready; the view is next.',
  },
};

/** A clear placeholder for a view that is not built yet: what it will show. */
export function ComingNext({ page }: { page: keyof typeof ABOUT }) {
  const { t } = useI18n();
  const about = ABOUT[page];
  return (
    <Shell>
      <Container size="sm" py="xl">
        <Stack>
          <Text c="dimmed" size="sm" tt="uppercase" fw={600}>
            {t('comingNext')}
          </Text>
          <Title order={2}>{t(about.title)}</Title>
          <Text>{about.text}</Text>
          <Text size="sm" c="dimmed">
            Meanwhile the Explorer shows the network and the Data page has the figures and downloads.
          </Text>
        </Stack>
      </Container>
    </Shell>
  );
}
