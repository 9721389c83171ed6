import { Alert, Badge, Button, Loader, MultiSelect, Select, Stack, Text } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import type { CascadesQuery } from '../../api/generated/graphql';
import type { QueryState } from '../../api/useQuery';
import { moveInList } from '../../components/list-keys';
import { useI18n } from '../../i18n';
import { CASCADE_SORTS, MODES } from '../../domain/values';
import type { DiffusionState } from './diffusion-url';

/** Filters, sort and the ranked list of cascades; arrow keys move through the list and choose. */
export function CascadeList({
  state,
  update,
  list,
  regions,
  themes,
}: {
  state: DiffusionState;
  update: (patch: Partial<DiffusionState>) => void;
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
  const filtered = state.modes.length > 0 || state.region !== null || state.theme !== null;
  return (
    <Stack gap="xs" className="cascade-panel">
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
      <Text size="sm" fw={600} mt="xs" id="cascade-list-label">
        {t('dif.cascades')}
        {list.status === 'loading' && <Loader size={12} ml={6} aria-label={t('dif.loadingList')} />}
      </Text>
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
      {list.status === 'ready' && rows.length === 0 && (
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
      <ul className="choice-list" aria-labelledby="cascade-list-label" data-testid="cascade-list" onKeyDown={onKey}>
        {rows.map((c, i) => {
          const chosen = c.root.id === state.root;
          return (
            <li key={c.root.id}>
              <button
                type="button"
                data-root={c.root.id}
                aria-current={chosen ? 'true' : undefined}
                className={chosen ? 'choice-row chosen' : 'choice-row'}
                onClick={() => update({ root: c.root.id, at: null })}
              >
                <span className="cascade-rank">{i + 1}</span>
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
            </li>
          );
        })}
      </ul>
    </Stack>
  );
}
