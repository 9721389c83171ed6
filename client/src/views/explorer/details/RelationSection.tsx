import { Anchor, Badge, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../i18n';
import { ConfirmRemove } from '../edit/form-kit';
import type { RelationRow, RelationSectionSpec } from '../relations/relation-kinds';
import { RelationFormPanel } from '../relations/RelationForm';
import { Row, Section } from './Section';

/** What one relation row says: the mode badge, the name (a link to its node), dimmed facts, a tag, a note. */
function RowText({ row, onSelect }: { row: RelationRow; onSelect: (nodeId: string) => void }) {
  const { link } = row;
  const content = (
    <>
      {row.badge && (
        <Badge size="xs" color={row.badge.color} mr={6}>
          {row.badge.label}
        </Badge>
      )}
      {link ? (
        <Anchor component="button" type="button" size="sm" onClick={() => onSelect(link)}>
          {row.name}
        </Anchor>
      ) : (
        row.name
      )}
      {row.meta && (
        <>
          {' '}
          <Text span size="xs" c="dimmed">
            {row.meta}
          </Text>
        </>
      )}
      {row.tag && (
        <>
          {' '}
          <Badge size="xs" color="teal" variant="light">
            {row.tag}
          </Badge>
        </>
      )}
      {row.note && (
        <Text size="xs" c="dimmed" fs="italic">
          {row.note}
        </Text>
      )}
    </>
  );
  // a row led by a badge keeps the page's line height, so the badge has room
  return row.badge ? (
    <div>{content}</div>
  ) : (
    <Text size="sm" component="div">
      {content}
    </Text>
  );
}

/**
 * One kind of relation in a node's details: its rows (each with a remove control for an editor)
 * and, for an editor, "+ Add …" opening the relation's form.
 */
export function RelationSection<D extends { id: string }>({
  section,
  node,
  editor,
  onSelect,
}: {
  section: RelationSectionSpec<D>;
  node: D;
  editor: boolean;
  onSelect: (nodeId: string) => void;
}) {
  const { t } = useI18n();
  const rows = section.rows(node, t);
  return (
    <Section
      title={t(section.title)}
      empty={rows.length === 0}
      add={editor && <RelationFormPanel form={section.form} thisId={node.id} />}
    >
      <Stack gap={section.gap}>
        {rows.map((row) => (
          <Row
            key={row.key}
            remove={
              editor ? (
                <ConfirmRemove
                  label={t('edit.removeNamed', { name: row.remove.name })}
                  question={row.remove.question}
                  onConfirm={row.remove.run}
                />
              ) : undefined
            }
          >
            <RowText row={row} onSelect={onSelect} />
          </Row>
        ))}
      </Stack>
    </Section>
  );
}
