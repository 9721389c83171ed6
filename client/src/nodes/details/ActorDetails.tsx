import { Badge } from '@mantine/core';
import { useMemo } from 'react';
import { ActorDetailsDocument } from '../../api/generated/graphql';
import { useQuery } from '../../api/useQuery';
import { useHasToken } from '../../auth/hooks';
import { humanize, useI18n } from '../../i18n';
import { ActorForm } from '../edit/ActorForm';
import { actorRelations, actorValuesFrom } from '../edit/edit-logic';
import { ACTOR_SECTIONS } from '../relations/relation-kinds';
import { NodeDetails, notShown } from './NodeDetails';
import { HistorySection } from './HistorySection';
import { RelationSection } from './RelationSection';

export function ActorDetails({
  id,
  onSelect,
  onDeleted,
}: {
  id: string;
  onSelect: (nodeId: string) => void;
  onDeleted: () => void;
}) {
  const { t } = useI18n();
  const q = useQuery(ActorDetailsDocument, { id });
  const editor = useHasToken();
  const a = q.data?.actor;
  const original = useMemo(() => (a ? actorValuesFrom(a) : undefined), [a]);
  const gate = notShown(q, a, id, t('edit.noActor', { id }));
  if (gate || !a) return gate;
  const badges = (
    <>
      <Badge variant="light" color="gray">
        {t('actor')}
      </Badge>
      {a.kind && <Badge variant="outline">{humanize(a.kind)}</Badge>}
      {a.region && <Badge variant="outline">{a.region}</Badge>}
    </>
  );
  return (
    <NodeDetails
      kind="actor"
      id={a.id}
      name={a.name}
      editor={editor}
      badges={badges}
      relations={actorRelations(a)}
      onDeleted={onDeleted}
      form={(opened, close) => <ActorForm opened={opened} onClose={close} original={original} onSaved={close} />}
    >
      {ACTOR_SECTIONS.map((section) => (
        <RelationSection key={section.form.testId} section={section} node={a} editor={editor} onSelect={onSelect} />
      ))}
      <HistorySection id={a.id} editor={editor} />
    </NodeDetails>
  );
}
