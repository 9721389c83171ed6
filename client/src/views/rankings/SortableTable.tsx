import { ScrollArea, Table, UnstyledButton } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { sortRows, type SortValue } from './rankings-sort';
import { ariaSort, type SortDirection } from './rankings-url';

export interface Column<T> {
  key: string;
  label: string;
  /** the value sorted by; a column without it cannot be sorted */
  value?: (row: T) => SortValue;
  render: (row: T) => ReactNode;
  numeric?: boolean;
}

/**
 * A table sorted in the browser by one column: each sortable header is a button (keyboard-reachable)
 * and carries aria-sort; equal values keep the API's order.
 */
export function SortableTable<T>({
  rows,
  columns,
  rowKey,
  sort,
  dir,
  onSort,
  label,
  testId,
}: {
  rows: readonly T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  sort: string;
  dir: SortDirection;
  onSort: (column: string) => void;
  label: string;
  testId: string;
}) {
  const { t, lang } = useI18n();
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.key === sort);
    return column?.value ? sortRows(rows, column.value, dir, lang) : rows;
  }, [rows, columns, sort, dir, lang]);
  return (
    <ScrollArea type="auto">
      <Table striped highlightOnHover verticalSpacing={6} fz="sm" data-testid={testId} aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => {
              const state = ariaSort({ sort, dir }, c.key);
              return (
                <Table.Th
                  key={c.key}
                  scope="col"
                  aria-sort={c.value ? state : undefined}
                  ta={c.numeric ? 'right' : undefined}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {c.value ? (
                    <UnstyledButton
                      onClick={() => onSort(c.key)}
                      className="sort-button"
                      title={t('rankings.sortBy', { column: c.label })}
                      data-column={c.key}
                      fz="sm"
                      fw={600}
                    >
                      {c.label}{' '}
                      <span aria-hidden="true" className={state === 'none' ? 'sort-idle' : undefined}>
                        {state === 'ascending' ? '▲' : state === 'descending' ? '▼' : '↕'}
                      </span>
                    </UnstyledButton>
                  ) : (
                    c.label
                  )}
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((row) => (
            <Table.Tr key={rowKey(row)}>
              {columns.map((c) => (
                <Table.Td key={c.key} ta={c.numeric ? 'right' : undefined} data-column={c.key}>
                  {c.render(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}
