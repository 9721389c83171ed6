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
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [options, setOptions] = useState<Option[]>([]);
  const [chosen, setChosen] = useState<Option | null>(null);
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (debounced.length < 2) {
      setOptions([]);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    request(EditSearchNodesDocument, { search: debounced, first: 20 }, controller.signal).then(
      (data) => {
        const list = kind === 'initiative' ? data.initiatives.edges : data.actors.edges;
        setOptions(
          list
            .map((e) => e.node)
            .filter((n) => n.id !== exclude)
            .map((n) => ({ value: n.id, label: `${n.name} (${n.region ? `${n.region}, ` : ''}${n.id})` })),
        );
        setFailure(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (controller.signal.aborted) return;
        setFailure(e instanceof Error ? e.message : String(e));
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [debounced, kind, exclude]);

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
      nothingFoundMessage={
        debounced.length < 2 ? t('edit.pickTypeMore') : loading ? t('edit.pickLoading') : t('edit.pickNone')
      }
      rightSection={loading ? <Loader size="xs" /> : undefined}
      error={error ?? failure ?? undefined}
      required
      data-testid={testId}
    />
  );
}
