import { Paper, Text } from '@mantine/core';
import type { CascadeQuery } from '../../api/generated/graphql';
import { binMedian, viralityShape } from '../../graph/cascade';
import { useI18n } from '../../i18n';

type Cascade = CascadeQuery['cascade'];

function Card({ label, value, hint, testId }: { label: string; value: string; hint: string; testId: string }) {
  return (
    <Paper withBorder p="xs" className="diffusion-card" data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} lh={1.2}>
        {value}
      </Text>
      <Text size="xs" c="dimmed" lh={1.3}>
        {hint}
      </Text>
    </Paper>
  );
}

/** Size, depth, max breadth, structural virality (with its meaning) and regions reached. */
export function CascadeCards({
  cascade,
  listed,
}: {
  cascade: Cascade;
  listed: readonly { sizeBin: string; structuralVirality: number }[];
}) {
  const { t } = useI18n();
  const median = binMedian(listed, cascade.sizeBin);
  const shape = viralityShape(cascade.structuralVirality, cascade.size);
  const regions =
    cascade.regions
      .slice(0, 3)
      .map((r) => `${r.name} ${r.count}`)
      .join(', ') + (cascade.regions.length > 3 ? ', …' : '');
  return (
    <div className="diffusion-cards">
      <Card
        testId="card-size"
        label={t('dif.size')}
        value={String(cascade.size)}
        hint={`${t('dif.sizeHint')} · ${t('dif.bin', { bin: cascade.sizeBin })}`}
      />
      <Card testId="card-depth" label={t('dif.depth')} value={String(cascade.depth)} hint={t('dif.depthHint')} />
      <Card
        testId="card-breadth"
        label={t('dif.maxBreadth')}
        value={String(cascade.maxBreadth)}
        hint={t('dif.maxBreadthHint')}
      />
      <Card
        testId="card-virality"
        label={t('dif.sv')}
        value={cascade.structuralVirality.toFixed(2)}
        hint={`${t(`dif.sv.${shape}`)}; ${
          median === null
            ? t('dif.svCompare', { bin: cascade.sizeBin })
            : t('dif.svMedian', { bin: cascade.sizeBin, median: median.toFixed(2) })
        }`}
      />
      <Card
        testId="card-regions"
        label={t('dif.regionsReached')}
        value={String(cascade.regionsReached)}
        hint={regions || '—'}
      />
    </div>
  );
}
