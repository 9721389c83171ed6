import { Anchor, Card, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { fieldValue } from '../../history/change-format';
import { useI18n, type MessageKey } from '../../i18n';
import { explorerLink } from '../../routes/explorer-url';
import {
  CHANGE_SYMBOL,
  changeOf,
  figureRows,
  namesById,
  signed,
  splitSection,
  type Diff,
  type DiffItem,
} from '../../history/diff-model';

/** The figures at both points and their change (an arrow and a sign, not colour alone). */
export function DiffFigures({ diff }: { diff: Diff }) {
  const { t } = useI18n();
  return (
    <Table striped withTableBorder data-testid="diff-figures" fz="sm" className="diff-figures">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('chg.figure')}</Table.Th>
          <Table.Th ta="right">{t('chg.before')}</Table.Th>
          <Table.Th ta="right">{t('chg.after')}</Table.Th>
          <Table.Th ta="right">{t('chg.change')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {figureRows(diff).map((r) => (
          <Table.Tr key={r.key} data-figure={r.key}>
            <Table.Td>{t(`chg.fig.${r.key}` as MessageKey)}</Table.Td>
            <Table.Td ta="right">{r.before}</Table.Td>
            <Table.Td ta="right">{r.after}</Table.Td>
            <Table.Td ta="right" className="nowrap">
              {signed(r.delta)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** A titled list, or a line saying it is empty. */
function ListCard({
  title,
  testId,
  children,
  count,
}: {
  title: string;
  testId: string;
  children: ReactNode;
  count: number;
}) {
  const { t } = useI18n();
  return (
    <Card withBorder padding="sm" data-testid={testId} component="section" className="diff-card">
      <Title order={3} size="h6" mb={4}>
        {title} ({count})
      </Title>
      {count === 0 ? (
        <Text size="sm" c="dimmed">
          {t('chg.none')}
        </Text>
      ) : (
        <ul className="diff-list">{children}</ul>
      )}
    </Card>
  );
}

/** One added, removed or changed entity: symbol and word, its label (linked when it still exists), its fields. */
function ItemLine({ item }: { item: DiffItem }) {
  const { t } = useI18n();
  const change = changeOf(item.action);
  const [kind, ...rest] = item.key.split(':');
  const linkable = change !== 'removed' && (kind === 'initiative' || kind === 'actor');
  const label = linkable ? (
    <Anchor component={Link} to={explorerLink({ selected: { kind, id: rest.join(':') } })} size="sm">
      {item.label}
    </Anchor>
  ) : (
    item.label
  );
  return (
    <li data-change={change}>
      <Text size="sm">
        <span className={`change-mark change-${change}`} aria-hidden>
          {CHANGE_SYMBOL[change]}
        </span>{' '}
        <Text span size="xs" c="dimmed">
          {t(`chg.word.${change}` as MessageKey)}
        </Text>{' '}
        {label}
      </Text>
      {change === 'changed' && (
        <ul className="history-fields">
          {item.fields.slice(0, 8).map((f) => (
            <li key={f.field}>
              <Text span size="xs" fw={600}>
                {f.field}
              </Text>{' '}
              <Text span size="xs">
                {fieldValue(f.before)} → {fieldValue(f.after)}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** Added, removed and changed of one section (initiatives, actors or relations). */
function SectionLists({ diff, section }: { diff: Diff; section: 'initiatives' | 'actors' | 'relations' }) {
  const { t } = useI18n();
  const lists = splitSection(diff[section].items);
  const counts = { added: diff[section].added, removed: diff[section].removed, changed: diff[section].changed };
  return (
    <>
      {(['added', 'removed', 'changed'] as const).map((c) => (
        <ListCard
          key={c}
          title={t(`chg.list.${section}.${c}` as MessageKey)}
          testId={`diff-${section}-${c}`}
          count={counts[c]}
        >
          {lists[c].map((item) => (
            <ItemLine key={item.key} item={item} />
          ))}
          {counts[c] > lists[c].length && (
            <li>
              <Text size="xs" c="dimmed">
                {t('chg.cut', { n: counts[c] - lists[c].length })}
              </Text>
            </li>
          )}
        </ListCard>
      ))}
    </>
  );
}

/** The structure: isolates appeared and tied, components merged and split, bridges and brokers gained and lost. */
function StructureLists({ diff }: { diff: Diff }) {
  const { t } = useI18n();
  const names = namesById(diff);
  const name = (id: string) => names.get(id) ?? id;
  const nodeList = (key: string, nodes: Diff['isolatesAppeared'], symbol: string) => (
    <ListCard title={t(`chg.${key}` as MessageKey)} testId={`diff-${key}`} count={nodes.length}>
      {nodes.map((n) => (
        <li key={n.id}>
          <Text size="sm">
            <span aria-hidden>{symbol}</span> {n.name}
            {n.region && (
              <Text span size="xs" c="dimmed">
                {' '}
                · {n.region}
              </Text>
            )}
          </Text>
        </li>
      ))}
    </ListCard>
  );
  const components = (key: 'componentsMerged' | 'componentsSplit', symbol: string) => (
    <ListCard title={t(`chg.${key}` as MessageKey)} testId={`diff-${key}`} count={diff[key].length}>
      {diff[key].map((c) => (
        <li key={c.representatives.join(',')}>
          <Text size="sm">
            <span aria-hidden>{symbol}</span> {t('chg.component', { size: c.size, parts: c.parts.join(' + ') })}:{' '}
            {c.representatives.map(name).join(', ')}
          </Text>
        </li>
      ))}
    </ListCard>
  );
  const bridges = (key: 'bridgesGained' | 'bridgesLost', symbol: string) => (
    <ListCard title={t(`chg.${key}` as MessageKey)} testId={`diff-${key}`} count={diff[key].length}>
      {diff[key].map((b) => (
        <li key={`${b.a}|${b.b}`}>
          <Text size="sm">
            <span aria-hidden>{symbol}</span> {name(b.a)} — {name(b.b)}
          </Text>
        </li>
      ))}
    </ListCard>
  );
  return (
    <>
      {nodeList('isolatesAppeared', diff.isolatesAppeared, '+')}
      {nodeList('isolatesTied', diff.isolatesTied, '−')}
      {components('componentsMerged', '⊕')}
      {components('componentsSplit', '⊖')}
      {bridges('bridgesGained', '+')}
      {bridges('bridgesLost', '−')}
      {nodeList('brokersGained', diff.brokersGained, '+')}
      {nodeList('brokersLost', diff.brokersLost, '−')}
    </>
  );
}

/** Every list of the diff, in a grid of cards. */
export function DiffLists({ diff }: { diff: Diff }) {
  const { t } = useI18n();
  return (
    <>
      <Title order={2} size="h5" mt="md" mb="xs">
        {t('chg.entities')}
      </Title>
      <div className="diff-grid">
        <SectionLists diff={diff} section="initiatives" />
        <SectionLists diff={diff} section="actors" />
        <SectionLists diff={diff} section="relations" />
      </div>
      <Title order={2} size="h5" mt="md" mb="xs">
        {t('chg.structure')}
      </Title>
      <div className="diff-grid" data-testid="diff-structure">
        <StructureLists diff={diff} />
      </div>
    </>
  );
}
