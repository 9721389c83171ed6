import { Loader, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { EditSearchNodesDocument } from '../../../api/generated/graphql';
import { request } from '../../../api/request';
import { useI18n } from '../../../i18n';

interface Option {
  value: string;
  label: string;
}

/** What a search found (or why it failed), for which search. */
interface Found {
  key: string;
  options: Option[];
  failure: string | null;
}

/**
 * Initiatives or actors whose names match what is typed (2 letters at least, asked of the API a
 * moment after the typing stops); while the next answer comes, the last one stays.
 */
function useNodeSearch(kind: 'initiative' | 'actor', typed: string, exclude: string | undefined) {
  const [debounced] = useDebouncedValue(typed.trim(), 250);
  const [found, setFound] = useState<Found | null>(null);
  const key = `${kind}|${exclude ?? ''}|${debounced}`;
  const short = debounced.length < 2;
  useEffect(() => {
    if (short) return;
    const controller = new AbortController();
    request(EditSearchNodesDocument, { search: debounced, first: 20 }, controller.signal).then(
      (data) => {
        const list = kind === 'initiative' ? data.initiatives.edges : data.actors.edges;
        const options = list
          .map((e) => e.node)
          .filter((n) => n.id !== exclude)
          .map((n) => ({ value: n.id, label: `${n.name} (${n.region ? `${n.region}, ` : ''}${n.id})` }));
        setFound({ key, options, failure: null });
      },
      (e: unknown) => {
        if (controller.signal.aborted) return;
        const failure = e instanceof Error ? e.message : String(e);
        setFound((last) => ({ key, options: last?.options ?? [], failure }));
      },
    );
    return () => controller.abort();
  }, [key, short, debounced, kind, exclude]);
  return {
    short,
    options: short ? [] : (found?.options ?? []),
    loading: !short && found?.key !== key,
    failure: found?.failure ?? null,
  };
}

/**
 * Picks an initiative or actor by name: types into a searchable select that asks the API for
 * matching names (so it finds nodes outside the drawn slice too). `exclude` leaves the open node out.
 */
export function NodePicker({
  kind,
  label,
  value,
  onChange,
  error,
  exclude,
  testId,
}: {
  kind: 'initiative' | 'actor';
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string | undefined;
  exclude?: string;
  testId?: string;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const { short, options, loading, failure } = useNodeSearch(kind, search, exclude);
  const [chosen, setChosen] = useState<Option | null>(null);
  const data = useMemo(() => {
    const list = [...options];
    if (chosen && !list.some((o) => o.value === chosen.value)) list.unshift(chosen);
    return list;
  }, [options, chosen]);
  return (
    <Select
      label={label}
      placeholder={t('edit.pickPlaceholder')}
      searchable
      clearable
      data={data}
      value={value}
      onChange={(id, option) => {
        setChosen(id ? option : null);
        onChange(id);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={short ? t('edit.pickTypeMore') : loading ? t('edit.pickLoading') : t('edit.pickNone')}
      rightSection={loading ? <Loader size="xs" /> : undefined}
      error={error ?? failure ?? undefined}
      required
      data-testid={testId}
    />
  );
}
