import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CascadeQuery, NullModelQuery } from '../../api/generated/graphql';
import { bandWords, formatFigure } from '../../components/null-band';
import { binMedian, viralityShape } from '../../graph/cascade';
import { useI18n, type MessageKey } from '../../i18n';

type Cascade = CascadeQuery['cascade'];
type NullBands = NullModelQuery['nullModel']['bands'];

/** The null band of a cascade figure for the cascade's size bin (nullModel on A), as one line. */
function BinBand({ bands, measure, bin }: { bands: NullBands; measure: string; bin: string }) {
  const { t, lang } = useI18n();
  const band = bands.find((b) => b.measure === measure)?.bins.find((b) => b.bin === bin);
  if (!band)
    return (
      <Text size="xs" c="dimmed">
        {t('null.noBin', { bin })}
      </Text>
    );
  const words = bandWords(band, lang);
  return (
    <Text
      size="xs"
      className={`null-band null-band-${words.verdict}`}
      data-testid={`band-${measure}`}
      data-verdict={words.verdict}
    >
      {t('null.binBand', {
        bin,
        n: band.cascades,
        observed: formatFigure(band.observed, lang),
        low: words.low,
        high: words.high,
        verdict: t(`null.${words.verdict}` as MessageKey),
      })}
    </Text>
  );
}

function Card({
  label,
  value,
  hint,
  testId,
  extra,
}: {
  label: string;
  value: string;
  hint: string;
  testId: string;
  extra?: ReactNode;
}) {
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
      {extra}
    </Paper>
  );
}

/** Size, depth, max breadth, structural virality (with its meaning) and regions reached. */
export function CascadeCards({
  cascade,
  listed,
  bands,
}: {
  cascade: Cascade;
  listed: readonly { sizeBin: string; structuralVirality: number }[];
  /** null-model bands of A's cascade figures, once asked for */
  bands?: NullBands;
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
      <Card
        testId="card-depth"
        label={t('dif.depth')}
        value={String(cascade.depth)}
        hint={t('dif.depthHint')}
        extra={bands && <BinBand bands={bands} measure="MEAN_CASCADE_DEPTH" bin={cascade.sizeBin} />}
      />
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
        extra={bands && <BinBand bands={bands} measure="MEAN_STRUCTURAL_VIRALITY" bin={cascade.sizeBin} />}
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
