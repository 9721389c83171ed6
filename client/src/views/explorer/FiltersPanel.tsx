import {
  Autocomplete,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  ScrollArea,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { AmplificationMode } from '../../api/generated/graphql';
import { COLOUR_BY, LAYOUTS, MODE_COLOURS, RENDERERS } from '../../graph/encoding';
import type { Slice } from '../../graph/elements';
import { humanize, useI18n } from '../../i18n';
import {
  DEFAULT_LIMIT,
  MAX_LIMIT,
  SERVER_LAYOUT_FROM,
  type ExplorerActions,
  type ExplorerState,
} from './explorer-state';
import { MODES, STATUSES } from '../../domain/values';

const LIMITS = [...new Set([DEFAULT_LIMIT, 3000, 5000, MAX_LIMIT])].sort((a, b) => a - b);

const MODE_LINE: Record<AmplificationMode, string> = { DEEPENING: 'solid', BROADENING: 'dashed', SPREADING: 'solid' };

type Props = { state: ExplorerState; actions: ExplorerActions };

/** `/` focuses the search, Escape clears the selection (unless typing in a field). */
function usePageKeys(search: RefObject<HTMLInputElement | null>, clear: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // typing = a text field has the focus (a checkbox or switch does not count)
      const target = event.target as HTMLElement | null;
      const typing =
        target?.closest('textarea, [contenteditable="true"]') ||
        (target instanceof HTMLInputElement &&
          !['checkbox', 'radio', 'button', 'submit', 'range'].includes(target.type));
      if (event.key === '/' && !typing) {
        event.preventDefault();
        search.current?.focus();
      } else if (event.key === 'Escape' && !typing) {
        clear();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [search, clear]);
}

/** Search by name among the drawn nodes; choosing one selects it. */
function SearchBox({
  inputRef,
  slice,
  onSelect,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  slice: Slice | undefined;
  onSelect: (id: string) => void;
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const byLabel = useMemo(() => {
    const map = new Map<string, string>();
    for (const n of slice?.nodes ?? []) {
      const text = `${n.label} · ${n.kind === 'INITIATIVE' ? t('initiative') : t('actor')}`;
      if (!map.has(text)) map.set(text, n.id);
    }
    return map;
  }, [slice, t]);
  return (
    <Autocomplete
      ref={inputRef}
      label={t('search')}
      placeholder={t('searchPlaceholder')}
      data={[...byLabel.keys()]}
      limit={10}
      value={query}
      onChange={setQuery}
      onOptionSubmit={(value) => {
        const id = byLabel.get(value);
        if (id) onSelect(id);
        setQuery('');
        inputRef.current?.blur();
      }}
      data-testid="search"
    />
  );
}

/** The amplification modes as check boxes, each with its line as drawn. */
function ModeChoice({ state, actions }: Props) {
  const { t } = useI18n();
  return (
    <Checkbox.Group
      label={t('mode')}
      value={state.modes}
      onChange={(v) => actions.update({ modes: MODES.filter((m) => v.includes(m)) })}
    >
      <Stack gap={4} mt={4}>
        {MODES.map((m) => (
          <Checkbox
            key={m}
            value={m}
            label={
              <Group gap={6} wrap="nowrap">
                <svg width="26" height="8" aria-hidden="true">
                  <line
                    x1="0"
                    y1="4"
                    x2="26"
                    y2="4"
                    stroke={MODE_COLOURS[m]}
                    strokeWidth={m === 'DEEPENING' ? 4 : 2.5}
                    strokeDasharray={MODE_LINE[m] === 'dashed' ? '5 3' : undefined}
                  />
                </svg>
                {t(`mode.${m}`)}
              </Group>
            }
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

/** What the slice holds: regions, themes, modes, statuses, start dates, actors; and "clear filters". */
function SliceFilters({ state, actions, regions, themes }: Props & { regions: string[]; themes: string[] }) {
  const { t } = useI18n();
  return (
    <>
      <MultiSelect
        label={t('region')}
        placeholder={state.regions.length ? undefined : t('anyRegion')}
        data={regions}
        value={state.regions}
        onChange={(v) => actions.update({ regions: v, focus: [] })}
        searchable
        clearable
        data-testid="filter-region"
      />
      <MultiSelect
        label={t('theme')}
        placeholder={state.themes.length ? undefined : t('anyTheme')}
        data={themes}
        value={state.themes}
        onChange={(v) => actions.update({ themes: v, focus: [] })}
        searchable
        clearable
      />
      <ModeChoice state={state} actions={actions} />
      <MultiSelect
        label={t('status')}
        placeholder={state.statuses.length ? undefined : t('anyStatus')}
        data={STATUSES.map((s) => ({ value: s, label: humanize(s) }))}
        value={state.statuses}
        onChange={(v) => actions.update({ statuses: STATUSES.filter((s) => v.includes(s)) })}
        clearable
      />
      <Group grow gap="xs" wrap="nowrap" align="flex-start">
        <TextInput
          size="xs"
          type="date"
          label={t('from')}
          value={state.from ?? ''}
          onChange={(e) => actions.update({ from: e.currentTarget.value || null })}
        />
        <TextInput
          size="xs"
          type="date"
          label={t('to')}
          value={state.to ?? ''}
          onChange={(e) => actions.update({ to: e.currentTarget.value || null })}
        />
      </Group>
      <Switch
        label={t('actors')}
        checked={state.actors}
        onChange={(e) => actions.update({ actors: e.currentTarget.checked })}
      />
      <Button variant="subtle" size="xs" onClick={actions.clearFilters}>
        {t('clearFilters')}
      </Button>
    </>
  );
}

/** How the slice is drawn: colouring, layout, how many nodes at most, which renderer. */
function DrawingChoice({ state, actions }: Props) {
  const { t } = useI18n();
  return (
    <>
      <Select
        label={t('colourBy')}
        data={COLOUR_BY.map((c) => ({ value: c, label: t(`colourBy.${c}`) }))}
        value={state.colourBy}
        onChange={(v) => {
          const c = COLOUR_BY.find((x) => x === v);
          if (c) actions.update({ colourBy: c });
        }}
        allowDeselect={false}
      />
      <Select
        label={t('layout')}
        data={LAYOUTS.map((l) => ({ value: l, label: t(`canvas.layout.${l}`) }))}
        value={state.layout}
        onChange={(v) => {
          const l = LAYOUTS.find((x) => x === v);
          if (l) actions.update({ layout: l });
        }}
        description={
          state.layout === 'layered'
            ? t('canvas.layoutHint.layered')
            : state.layout === 'server'
              ? t('canvas.layoutHint.server', { n: SERVER_LAYOUT_FROM.toLocaleString('en') })
              : undefined
        }
        allowDeselect={false}
        data-testid="layout-picker"
      />
      <Select
        label={t('canvas.limit')}
        data={[...new Set([...LIMITS, state.limit])]
          .sort((a, b) => a - b)
          .map((n) => ({ value: String(n), label: n.toLocaleString('en') }))}
        value={String(state.limit)}
        onChange={(v) => {
          if (v) actions.update({ limit: Number(v) });
        }}
        allowDeselect={false}
        data-testid="limit-picker"
      />
      <Select
        label={t('canvas.renderer')}
        description={t('canvas.rendererHint', { n: SERVER_LAYOUT_FROM.toLocaleString('en') })}
        data={RENDERERS.map((r) => ({ value: r, label: t(`canvas.renderer.${r}`) }))}
        value={state.renderer}
        onChange={(v) => {
          const r = RENDERERS.find((x) => x === v);
          if (r) actions.update({ renderer: r });
        }}
        allowDeselect={false}
        data-testid="renderer-picker"
      />
    </>
  );
}

/** Filters (region, theme, mode, status, dates), search with suggestions, colouring and layout. */
export function FiltersPanel({
  state,
  actions,
  regions,
  themes,
  slice,
}: Props & { regions: string[]; themes: string[]; slice: Slice | undefined }) {
  const { t } = useI18n();
  const search = useRef<HTMLInputElement>(null);
  usePageKeys(search, actions.clear);
  return (
    <ScrollArea h="100%" type="auto" offsetScrollbars>
      <Stack gap="sm" pb="md">
        <SearchBox inputRef={search} slice={slice} onSelect={actions.select} />
        <Text fw={600} size="sm" mt="xs">
          {t('filters')}
        </Text>
        <SliceFilters state={state} actions={actions} regions={regions} themes={themes} />
        <DrawingChoice state={state} actions={actions} />
      </Stack>
    </ScrollArea>
  );
}
