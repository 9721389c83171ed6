import { Stack, Text, useComputedColorScheme } from '@mantine/core';
import { RadarChart } from 'echarts/charts';
import { RadarComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import EChartsCore from 'echarts-for-react/esm/core';
import type { Characteristic } from '../../../api/generated/graphql';
import { useI18n, type MessageKey } from '../../../i18n';
import { CHARACTERISTICS } from '../../../domain/values';

echarts.use([RadarChart, RadarComponent, TooltipComponent, CanvasRenderer]);

/** The radar's colour: amber, as the design brief gives the radar (not a mode colour). */
const AMBER = '#E69F00';

export interface ProfileScore {
  characteristic: Characteristic;
  score: number;
  evidence?: string | null;
}

/**
 * The small-win profile: the seven characteristics (0–3) as an ECharts radar, with the scores and
 * evidence notes listed below it; the list is also the chart's text alternative.
 */
export function ProfileRadar({ scores }: { scores: ProfileScore[] }) {
  const { t } = useI18n();
  const dark = useComputedColorScheme('light') === 'dark';
  const byName = new Map(scores.map((s) => [s.characteristic, s]));
  const label = (c: Characteristic) => t(`edit.char.${c}` as MessageKey);
  const word = (score: number) => t(`edit.score.${score}` as MessageKey);
  const text = dark ? '#C1C2C5' : '#495057';
  const line = dark ? '#5C5F66' : '#CED4DA';
  const summary = CHARACTERISTICS.map((c) => {
    const s = byName.get(c);
    return `${label(c)}: ${s ? `${s.score} (${word(s.score)})` : t('edit.notScored')}`;
  }).join('; ');
  const option = {
    animation: false,
    tooltip: { trigger: 'item', confine: true },
    radar: {
      indicator: CHARACTERISTICS.map((c) => ({ name: t(`edit.radar.${c}` as MessageKey), max: 3, min: 0 })),
      radius: '60%',
      center: ['50%', '54%'],
      splitNumber: 3,
      axisName: {
        color: text,
        fontSize: 10,
        lineHeight: 12,
      },
      axisLine: { lineStyle: { color: line } },
      splitLine: { lineStyle: { color: line } },
      splitArea: { show: false },
    },
    series: [
      {
        type: 'radar',
        name: t('characteristics'),
        symbolSize: 5,
        lineStyle: { color: AMBER, width: 2 },
        itemStyle: { color: AMBER },
        areaStyle: { color: AMBER, opacity: dark ? 0.35 : 0.25 },
        data: [{ value: CHARACTERISTICS.map((c) => byName.get(c)?.score ?? 0), name: t('characteristics') }],
      },
    ],
  };
  return (
    <Stack gap={4} data-testid="profile">
      {scores.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('edit.noProfile')}
        </Text>
      ) : (
        <div role="img" aria-label={`${t('characteristics')}: ${summary}`} data-testid="profile-radar">
          <EChartsCore echarts={echarts} option={option} style={{ height: 230 }} notMerge />
        </div>
      )}
      <dl style={{ margin: 0, display: 'grid', gap: 4 }} data-testid="profile-list">
        {CHARACTERISTICS.map((c) => {
          const s = byName.get(c);
          return (
            <div key={c}>
              <Text component="dt" size="xs">
                {label(c)}{' '}
                <Text span size="xs" c="dimmed">
                  {s ? `${s.score} · ${word(s.score)}` : t('edit.notScored')}
                </Text>
              </Text>
              {s?.evidence && (
                <Text component="dd" size="xs" c="dimmed" fs="italic" m={0}>
                  {s.evidence}
                </Text>
              )}
            </div>
          );
        })}
      </dl>
    </Stack>
  );
}
