import { Alert, Badge, Button, Loader, MultiSelect, Select, Stack, Text } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import type { CascadesQuery } from '../../api/generated/graphql';
import type { QueryState } from '../../api/useQuery';
import { moveInList } from '../../components/list-keys';
import { useI18n } from '../../i18n';
import { CASCADE_SORTS, MODES } from '../../domain/values';
import type { DiffusionState } from './diffusion-url';

type Update = (patch: Partial<DiffusionState>) => void;

/** The sort and the filters (mode, region, theme); a new filter clears the chosen cascade. */
function CascadeFilters({
  state,
  update,
  regions,
  themes,
}: {
  state: DiffusionState;
  update: Update;
  regions: string[];
  themes: string[];
}) {
  const { t } = useI18n();
  return (
    <>
      <Select
        size="xs"
        label={t('dif.sortBy')}
        data-testid="sort"
        value={state.sort}
        allowDeselect={false}
        onChange={(v) => update({ sort: CASCADE_SORTS.find((s) => s === v) ?? 'SIZE' })}
        data={CASCADE_SORTS.map((s) => ({ value: s, label: t(`dif.sort.${s}`) }))}
      />
      <MultiSelect
        size="xs"
        label={t('mode')}
        placeholder={state.modes.length ? undefined : t('dif.allModes')}
        data-testid="filter-mode"
        value={state.modes}
        onChange={(v) => update({ modes: MODES.filter((m) => v.includes(m)), root: null, at: null })}
        data={MODES.map((m) => ({ value: m, label: t(`mode.${m}`) }))}
      />
      <Select
        size="xs"
        label={t('region')}
        placeholder={t('anyRegion')}
        clearable
        searchable
        data-testid="filter-region"
        value={state.region}
        onChange={(v) => update({ region: v, root: null, at: null })}
        data={regions}
      />
      <Select
        size="xs"
        label={t('theme')}
        placeholder={t('anyTheme')}
        clearable
        searchable
        data-testid="filter-theme"
        value={state.theme}
        onChange={(v) => update({ theme: v, root: null, at: null })}
        data={themes}
      />
    </>
  );
}

/** What the list says while it loads, when it failed, or when no cascade matches (with "clear filters"). */
function ListStatus({
  state,
  update,
  list,
}: {
  state: DiffusionState;
  update: Update;
  list: QueryState<CascadesQuery>;
}) {
  const { t } = useI18n();
  const filtered = state.modes.length > 0 || state.region !== null || state.theme !== null;
  return (
    <>
      {list.status === 'error' && (
        <Alert color="red" role="alert" title={t('dif.errorList')} p="xs">
          <Text size="xs">{list.message}</Text>
        </Alert>
      )}
      {list.status === 'loading' && !list.data && (
        <Text size="xs" c="dimmed" role="status">
          {t('dif.loadingList')}
        </Text>
      )}
      {list.status === 'ready' && list.data.cascades.length === 0 && (
        <Alert color="gray" role="status" p="xs" data-testid="cascades-empty">
          <Text size="xs">{t('dif.emptyList')}</Text>
          {filtered && (
            <Button
              size="compact-xs"
              variant="light"
              mt={6}
              onClick={() => update({ modes: [], region: null, theme: null, root: null, at: null })}
            >
              {t('clearFilters')}
            </Button>
          )}
        </Alert>
      )}
    </>
  );
}

/** One cascade of the list: its rank, root, measures and size bin. */
function CascadeRow({
  cascade: c,
  rank,
  chosen,
  onChoose,
}: {
  cascade: CascadesQuery['cascades'][number];
  rank: number;
  chosen: boolean;
  onChoose: () => void;
}) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      data-root={c.root.id}
      aria-current={chosen ? 'true' : undefined}
      className={chosen ? 'choice-row chosen' : 'choice-row'}
      onClick={onChoose}
    >
      <span className="cascade-rank">{rank}</span>
      <span className="cascade-text">
        <span className="cascade-name">{c.root.name}</span>
        <span className="cascade-meta">
          {t('dif.row', {
            size: c.size,
            depth: c.depth,
            sv: c.structuralVirality.toFixed(2),
            regions: c.regionsReached,
          })}
        </span>
      </span>
      <Badge size="xs" variant="light" className="cascade-bin" title={t('dif.svCompare', { bin: c.sizeBin })}>
        {c.sizeBin}
      </Badge>
    </button>
  );
}

/** Filters, sort and the ranked list of cascades; arrow keys move through the list and choose. */
export function CascadeList({
  state,
  update,
  list,
  regions,
  themes,
}: {
  state: DiffusionState;
  update: Update;
  list: QueryState<CascadesQuery>;
  regions: string[];
  themes: string[];
}) {
  const { t } = useI18n();
  const rows = list.data?.cascades ?? [];
  const onKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const next = moveInList(event, 'data-root');
    if (next?.dataset.root) update({ root: next.dataset.root, at: null });
  };
  return (
    <Stack gap="xs" className="cascade-panel">
      <CascadeFilters state={state} update={update} regions={regions} themes={themes} />
      <Text size="sm" fw={600} mt="xs" id="cascade-list-label">
        {t('dif.cascades')}
        {list.status === 'loading' && <Loader size={12} ml={6} aria-label={t('dif.loadingList')} />}
      </Text>
      <ListStatus state={state} update={update} list={list} />
      <ul className="choice-list" aria-labelledby="cascade-list-label" data-testid="cascade-list" onKeyDown={onKey}>
        {rows.map((c, i) => (
          <li key={c.root.id}>
            <CascadeRow
              cascade={c}
              rank={i + 1}
              chosen={c.root.id === state.root}
              onChoose={() => update({ root: c.root.id, at: null })}
            />
          </li>
        ))}
      </ul>
    </Stack>
  );
}
