import { Text } from '@mantine/core';
import { useI18n, type MessageKey } from '../i18n';
import { bandWords, type BandFigures } from './null-band';

/** One line under a figure: its null-model band, z and what that means (UI.md: numbers with their meaning). */
export function NullBandText({ band, digits = 2, testId }: { band: BandFigures; digits?: number; testId?: string }) {
  const { t, lang } = useI18n();
  const words = bandWords(band, lang, digits);
  const verdict = t(`null.${words.verdict}` as MessageKey);
  return (
    <Text
      size="xs"
      className={`null-band null-band-${words.verdict}`}
      data-testid={testId}
      data-verdict={words.verdict}
    >
      {words.z === null
        ? t('null.bandNoZ', { low: words.low, high: words.high, verdict })
        : t('null.band', { low: words.low, high: words.high, z: words.z, verdict })}
    </Text>
  );
}
