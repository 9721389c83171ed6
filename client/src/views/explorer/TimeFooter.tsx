import { ActionIcon, Button, Group, Slider, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { LayoutAsOfDocument, LayoutTimelineDocument } from '../../api/generated/graphql';
import { useQuery } from '../../api/useQuery';
import { useI18n } from '../../i18n';

/** The slider's stops: the year ends before today, then today (null); and where `asOf` sits on them. */
function useStops(asOf: string | null) {
  const timeline = useQuery(LayoutTimelineDocument, {});
  const today = new Date().toISOString().slice(0, 10);
  const stops = useMemo(
    () => [...(timeline.data?.networkSeries.points ?? []).filter((p) => p.asOf < today).map((p) => p.asOf), null],
    [timeline.data, today],
  );
  // a hand-edited date sits at the last stop on or before it
  const index =
    asOf === null
      ? stops.length - 1
      : Math.max(
          0,
          stops.findLastIndex((d) => d !== null && d <= asOf),
        );
  return { timeline, stops, index };
}

/** How many initiatives the whole network had at the date shown: a sentence, and the number alone for narrow screens. */
function useCounts(asOf: string | null, todayCount: number | undefined) {
  const { t } = useI18n();
  const then = useQuery(LayoutAsOfDocument, { date: asOf ?? '' }, asOf === null);
  const count =
    asOf === null
      ? todayCount !== undefined && t('canvas.todayCount', { n: todayCount.toLocaleString('en') })
      : then.status === 'ready' &&
        t('canvas.asOfCount', { n: then.data.networkStatsAsOf.initiatives.toLocaleString('en'), date: asOf });
  const shortCount =
    asOf === null
      ? todayCount?.toLocaleString('en')
      : then.status === 'ready' && `${then.data.networkStatsAsOf.initiatives.toLocaleString('en')} · ${asOf}`;
  return { count, shortCount };
}

/** ◀, the slider over the stops (first year … today), ▶, and "show today" when a date is picked. */
function TimeSlider({
  stops,
  index,
  asOf,
  onChange,
}: {
  stops: (string | null)[];
  index: number;
  asOf: string | null;
  onChange: (asOf: string | null) => void;
}) {
  const { t } = useI18n();
  const [dragged, setDragged] = useState<number | null>(null);
  const label = (i: number) => {
    const d = stops[i];
    return d === undefined || d === null ? t('canvas.today') : d.slice(0, 4);
  };
  const go = (i: number) => {
    setDragged(null);
    const clamped = Math.min(stops.length - 1, Math.max(0, i));
    onChange(stops[clamped] ?? null);
  };
  return (
    <>
      <ActionIcon
        variant="subtle"
        size="sm"
        onClick={() => go(index - 1)}
        disabled={index <= 0}
        aria-label={t('canvas.earlier')}
        title={t('canvas.earlier')}
      >
        ◀
      </ActionIcon>
      <Text size="xs" c="dimmed" visibleFrom="sm">
        {label(0)}
      </Text>
      <Slider
        style={{ flex: 1, minWidth: 80 }}
        min={0}
        max={stops.length - 1}
        step={1}
        value={dragged ?? index}
        onChange={setDragged}
        onChangeEnd={go}
        label={label}
        thumbLabel={t('canvas.timeLabel')}
        aria-valuetext={asOf ?? t('canvas.today')}
        data-testid="time-slider"
      />
      <Text size="xs" c="dimmed" visibleFrom="sm">
        {t('canvas.today')}
      </Text>
      <ActionIcon
        variant="subtle"
        size="sm"
        onClick={() => go(index + 1)}
        disabled={index >= stops.length - 1}
        aria-label={t('canvas.later')}
        title={t('canvas.later')}
      >
        ▶
      </ActionIcon>
      {asOf !== null && (
        <Button size="compact-xs" variant="subtle" onClick={() => onChange(null)}>
          {t('canvas.showToday')}
        </Button>
      )}
    </>
  );
}

/**
 * The footer under the canvas: an "as of" date picked on a slider of year ends (the last stop is
 * today), with the number of initiatives the whole network had then. Arrow keys move the slider;
 * ◀ ▶ step a year. The date is in the URL (`asOf=`) and filters the slice.
 */
export function TimeFooter({ asOf, onChange }: { asOf: string | null; onChange: (asOf: string | null) => void }) {
  const { t } = useI18n();
  const { timeline, stops, index } = useStops(asOf);
  const { count, shortCount } = useCounts(asOf, timeline.data?.networkStats.initiatives);
  return (
    <Group
      className="explorer-time"
      gap="xs"
      px="sm"
      py={6}
      wrap="nowrap"
      data-testid="time-footer"
      style={{ borderTop: '1px solid var(--mantine-color-default-border)', flex: 'none' }}
    >
      <Text size="xs" fw={500} style={{ whiteSpace: 'nowrap' }} visibleFrom="sm">
        {t('canvas.time')}
      </Text>
      {timeline.status === 'error' ? (
        <Text size="xs" c="red" role="alert">
          {t('canvas.timeError', { message: timeline.message })}
        </Text>
      ) : timeline.status === 'loading' ? (
        <Text size="xs" c="dimmed">
          {t('canvas.timeLoading')}
        </Text>
      ) : stops.length < 2 ? (
        <Text size="xs" c="dimmed">
          {t('canvas.timeEmpty')}
        </Text>
      ) : (
        <TimeSlider stops={stops} index={index} asOf={asOf} onChange={onChange} />
      )}
      <Text size="xs" data-testid="time-count" style={{ whiteSpace: 'nowrap' }} visibleFrom="sm">
        {count || ''}
      </Text>
      {/* narrow screens: the number alone, the sentence as its title */}
      <Text size="xs" style={{ whiteSpace: 'nowrap' }} hiddenFrom="sm" title={count || undefined}>
        {shortCount || ''}
      </Text>
    </Group>
  );
}
