import { Badge, Text } from '@mantine/core';
import { useMemo } from 'react';
import { InitiativeDetailsDocument } from '../../api/generated/graphql';
import { useQuery } from '../../api/useQuery';
import { useHasToken } from '../../auth/hooks';
import { humanize, useI18n } from '../../i18n';
import { initiativeRelations, initiativeValuesFrom } from '../edit/edit-logic';
import { InitiativeForm } from '../edit/InitiativeForm';
import { ProfileRadar } from '../edit/ProfileRadar';
import { INITIATIVE_SECTIONS, type InitiativeData } from '../relations/relation-kinds';
import { NodeDetails, notShown } from './NodeDetails';
import { HistorySection } from './HistorySection';
import { RelationSection } from './RelationSection';
import { Section } from './Section';

/** The start date and the description, under the badges. */
function About({ i }: { i: InitiativeData }) {
  const { t } = useI18n();
  return (
    <>
      {i.startedOn && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('started')} {i.startedOn}
        </Text>
      )}
      {i.description && (
        <Text size="sm" mt="xs">
          {i.description}
        </Text>
      )}
    </>
  );
}

export function InitiativeDetails({
  id,
  onSelect,
  onDeleted,
}: {
  id: string;
  onSelect: (nodeId: string) => void;
  onDeleted: () => void;
}) {
  const { t } = useI18n();
  const q = useQuery(InitiativeDetailsDocument, { id });
  const editor = useHasToken();
  const i = q.data?.initiative;
  const original = useMemo(() => (i ? initiativeValuesFrom(i) : undefined), [i]);
  const gate = notShown(q, i, id, t('edit.noInitiative', { id }));
  if (gate || !i) return gate;
  const badges = (
    <>
      <Badge variant="light">{t('initiative')}</Badge>
      {i.region && <Badge variant="outline">{i.region}</Badge>}
      {i.status && <Badge variant="outline">{humanize(i.status)}</Badge>}
      {i.themes.map((th) => (
        <Badge key={th} variant="dot">
          {th}
        </Badge>
      ))}
    </>
  );
  return (
    <NodeDetails
      kind="initiative"
      id={i.id}
      name={i.name}
      editor={editor}
      badges={badges}
      about={<About i={i} />}
      relations={initiativeRelations(i)}
      onDeleted={onDeleted}
      form={(opened, close) => <InitiativeForm opened={opened} onClose={close} original={original} onSaved={close} />}
    >
      <Section title={t('characteristics')} empty={false}>
        <ProfileRadar scores={i.characteristics} />
      </Section>
      {INITIATIVE_SECTIONS.map((section) => (
        <RelationSection key={section.form.testId} section={section} node={i} editor={editor} onSelect={onSelect} />
      ))}
      <HistorySection id={i.id} editor={editor} />
    </NodeDetails>
  );
}
