import { ScrollArea, Table, Text } from '@mantine/core';
import type { Slice } from '../../graph/elements';
import { humanize, useI18n } from '../../i18n';

/** The same slice as a table: a keyboard-friendly alternative to the canvas. */
export function SliceTable({
  slice,
  selected,
  onSelect,
}: {
  slice: Slice;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useI18n();
  const ties = new Map<string, number>();
  for (const e of slice.edges) {
    ties.set(e.source, (ties.get(e.source) ?? 0) + 1);
    ties.set(e.target, (ties.get(e.target) ?? 0) + 1);
  }
  const rows = [...slice.nodes].sort((a, b) =>
    a.kind === b.kind ? a.label.localeCompare(b.label) : a.kind === 'INITIATIVE' ? -1 : 1,
  );
  return (
    <ScrollArea h="100%" type="auto">
      <Table
        striped
        highlightOnHover
        stickyHeader
        verticalSpacing={4}
        fz="sm"
        data-testid="slice-table"
        aria-label={t('table')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('name')}</Table.Th>
            <Table.Th>{t('kind')}</Table.Th>
            <Table.Th>{t('region')}</Table.Th>
            <Table.Th>{t('theme')}</Table.Th>
            <Table.Th>{t('status')}</Table.Th>
            <Table.Th>{t('started')}</Table.Th>
            <Table.Th ta="right">ties</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.slice(0, 2000).map((n) => (
            <Table.Tr
              key={n.id}
              onClick={() => onSelect(n.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') onSelect(n.id);
              }}
              tabIndex={0}
              aria-selected={selected === n.id}
              className={selected === n.id ? 'row-selected' : undefined}
              style={{ cursor: 'pointer' }}
            >
              <Table.Td>{n.label}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {n.kind === 'INITIATIVE' ? t('initiative') : humanize(n.actorKind ?? 'actor')}
              </Table.Td>
              <Table.Td>{n.region ?? '—'}</Table.Td>
              <Table.Td>{n.themes.join(', ') || '—'}</Table.Td>
              <Table.Td>{n.status ? humanize(n.status) : '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{n.startedOn ?? '—'}</Table.Td>
              <Table.Td ta="right">{ties.get(n.id) ?? 0}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length > 2000 && (
        <Text size="sm" c="dimmed" p="sm">
          First 2,000 of {rows.length.toLocaleString('en')} rows: narrow the filters to see the rest.
        </Text>
      )}
    </ScrollArea>
  );
}
