import {
  Alert,
  Anchor,
  Badge,
  Button,
  CloseButton,
  Group,
  Loader,
  ScrollArea,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useMemo, useState, type ReactNode } from 'react';
import {
  ActorDetailsDocument,
  EditDeleteAmplificationDocument,
  EditDeleteBarrierDocument,
  EditDeleteInfluenceDocument,
  EditDeleteInvolvementDocument,
  EditDeleteOutcomeDocument,
  InitiativeDetailsDocument,
  type ActorDetailsQuery,
  type InitiativeDetailsQuery,
} from '../../api/generated/graphql';
import { MODE_COLOURS } from '../../graph/encoding';
import { useQuery, type QueryState } from '../../api/useQuery';
import { humanize, useI18n } from '../../i18n';
import { ActorForm } from './edit/ActorForm';
import { DeleteNode } from './edit/DeleteNode';
import { actorRelations, actorValuesFrom, initiativeRelations, initiativeValuesFrom } from './edit/edit-logic';
import { ConfirmRemove, removeWith } from './edit/form-kit';
import { InitiativeForm } from './edit/InitiativeForm';
import { ProfileRadar } from './edit/ProfileRadar';
import { AddAmplification, AddBarrier, AddInfluence, AddInvolvement, AddOutcome } from './edit/RelationForms';
import { useHasToken } from '../../auth/hooks';

function Section({
  title,
  children,
  empty,
  add,
}: {
  title: string;
  children: ReactNode;
  empty: boolean;
  /** the "+ Add" control of an editor */
  add?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section>
      <Text fw={600} size="sm" mb={4}>
        {title}
      </Text>
      {empty ? (
        <Text size="sm" c="dimmed">
          {t('none')}
        </Text>
      ) : (
        children
      )}
      {add}
    </section>
  );
}

/** One relation row: its content, and a remove button for an editor. */
function Row({ children, remove }: { children: ReactNode; remove?: ReactNode }) {
  return (
    <Group gap={4} wrap="nowrap" align="flex-start" justify="space-between">
      <div style={{ minWidth: 0 }}>{children}</div>
      {remove}
    </Group>
  );
}

/** The editing header of the details: an Edit button (opening the form) for an editor. */
function EditButton({ onClick }: { onClick: () => void }) {
  const { t } = useI18n();
  return (
    <Button size="compact-xs" variant="light" onClick={onClick} data-testid="edit-node" style={{ flex: 'none' }}>
      {t('edit.edit')}
    </Button>
  );
}

type Select = (nodeId: string) => void;

/** The details of the selected initiative or actor; the selection is a GraphNode id. */
export function DetailsDrawer({
  selected,
  onSelect,
  onFocus,
  onClose,
}: {
  selected: string | null;
  onSelect: Select;
  onFocus: (nodeId: string) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [kind, ...rest] = (selected ?? '').split(':');
  const id = rest.join(':');
  return (
    <ScrollArea h="100%" type="auto" offsetScrollbars data-testid="details">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} size="h4">
          {t('details')}
        </Title>
        {selected && <CloseButton onClick={onClose} aria-label="Close details" />}
      </Group>
      {!selected && (
        <Text size="sm" c="dimmed">
          {t('noSelection')}
        </Text>
      )}
      {selected && kind === 'initiative' && <InitiativeDetails id={id} onSelect={onSelect} onDeleted={onClose} />}
      {selected && kind === 'actor' && <ActorDetails id={id} onSelect={onSelect} onDeleted={onClose} />}
      {selected && (
        <Button variant="light" size="xs" mt="md" onClick={() => onFocus(selected)}>
          {t('focus')}
        </Button>
      )}
    </ScrollArea>
  );
}

function Loading() {
  return (
    <Group role="status">
      <Loader size="xs" /> <Text size="sm">…</Text>
    </Group>
  );
}

/**
 * What the drawer shows instead of a node's details: the query's error, a loader while another
 * node loads (a refetch of the same node keeps its details on screen), or that it does not exist;
 * null when the details can show.
 */
function notShown(q: QueryState<unknown>, shown: { id: string } | null | undefined, id: string, missing: string) {
  if (q.status === 'error')
    return (
      <Alert color="red" role="alert">
        {q.message}
      </Alert>
    );
  if (q.status === 'loading' && (!shown || shown.id !== id)) return <Loading />;
  if (!shown) return <Text size="sm">{missing}</Text>;
  return null;
}

/** A remove control with a confirmation, for editors; nothing for readers. */
function removeControl(editor: boolean) {
  return (label: string, question: string, run: () => Promise<string | null>) =>
    editor ? <ConfirmRemove label={label} question={question} onConfirm={run} /> : undefined;
}

function InitiativeDetails({ id, onSelect, onDeleted }: { id: string; onSelect: Select; onDeleted: () => void }) {
  const { t } = useI18n();
  const q = useQuery(InitiativeDetailsDocument, { id });
  const editor = useHasToken();
  const [editing, setEditing] = useState(false);
  const loaded = q.data?.initiative;
  const original = useMemo(() => (loaded ? initiativeValuesFrom(loaded) : undefined), [loaded]);
  const i: InitiativeDetailsQuery['initiative'] | undefined = q.data?.initiative;
  const gate = notShown(q, i, id, t('edit.noInitiative', { id }));
  if (gate || !i) return gate;
  const remove = removeControl(editor);
  const link = (otherId: string, name: string) => (
    <Anchor component="button" type="button" size="sm" onClick={() => onSelect(`initiative:${otherId}`)}>
      {name}
    </Anchor>
  );
  return (
    <Stack gap="md" data-testid="initiative-details">
      <div>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={3} size="h5">
            {i.name}
          </Title>
          {editor && <EditButton onClick={() => setEditing(true)} />}
        </Group>
        <Group gap={6} mt={4}>
          <Badge variant="light">{t('initiative')}</Badge>
          {i.region && <Badge variant="outline">{i.region}</Badge>}
          {i.status && <Badge variant="outline">{humanize(i.status)}</Badge>}
          {i.themes.map((th) => (
            <Badge key={th} variant="dot">
              {th}
            </Badge>
          ))}
        </Group>
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
      </div>
      <Section title={t('characteristics')} empty={false}>
        <ProfileRadar scores={i.characteristics} />
      </Section>
      <Section
        title={t('actorsInvolved')}
        empty={i.actors.length === 0}
        add={editor && <AddInvolvement thisKind="initiative" thisId={i.id} />}
      >
        <Stack gap={2}>
          {i.actors.map((a) => (
            <Row
              key={a.actor.id}
              remove={remove(
                t('edit.removeNamed', { name: a.actor.name }),
                t('edit.removeInvolvement', { name: a.actor.name }),
                () => removeWith(EditDeleteInvolvementDocument, { actorId: a.actor.id, initiativeId: i.id }),
              )}
            >
              <Text size="sm">
                <Anchor component="button" type="button" size="sm" onClick={() => onSelect(`actor:${a.actor.id}`)}>
                  {a.actor.name}
                </Anchor>{' '}
                <Text span size="xs" c="dimmed">
                  {[a.actor.kind && humanize(a.actor.kind), a.role, a.since && `since ${a.since}`]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Text>
            </Row>
          ))}
        </Stack>
      </Section>
      {(['in', 'out'] as const).map((direction) => {
        const list =
          direction === 'in'
            ? i.amplificationsIn.map((a) => ({ ...a, other: a.from }))
            : i.amplificationsOut.map((a) => ({ ...a, other: a.to }));
        return (
          <Section
            key={direction}
            title={t(direction === 'in' ? 'amplificationsIn' : 'amplificationsOut')}
            empty={list.length === 0}
            add={editor && <AddAmplification thisId={i.id} direction={direction} />}
          >
            <Stack gap={4}>
              {list.map((a) => {
                const other = a.other;
                const ends =
                  direction === 'in'
                    ? { fromInitiativeId: other.id, toInitiativeId: i.id }
                    : { fromInitiativeId: i.id, toInitiativeId: other.id };
                return (
                  <Row
                    key={`${other.id}-${a.mode}`}
                    remove={remove(
                      t('edit.removeNamed', { name: other.name }),
                      t('edit.removeAmplification', { mode: t(`mode.${a.mode}`), name: other.name }),
                      () => removeWith(EditDeleteAmplificationDocument, { ...ends, mode: a.mode }),
                    )}
                  >
                    <div>
                      <Badge size="xs" color={MODE_COLOURS[a.mode]} mr={6}>
                        {t(`mode.${a.mode}`)}
                      </Badge>
                      {link(other.id, other.name)}
                      {a.on && (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          · {a.on}
                        </Text>
                      )}
                      {a.evidence && (
                        <Text size="xs" c="dimmed" fs="italic">
                          {a.evidence}
                        </Text>
                      )}
                    </div>
                  </Row>
                );
              })}
            </Stack>
          </Section>
        );
      })}
      <Section title={t('outcomes')} empty={i.outcomes.length === 0} add={editor && <AddOutcome thisId={i.id} />}>
        <Stack gap={2}>
          {i.outcomes.map((o) => (
            <Row
              key={`${o.kind}-${o.name ?? ''}`}
              remove={remove(
                t('edit.removeNamed', { name: o.name ?? humanize(o.kind) }),
                t('edit.removeOutcome', { name: o.name ? `${humanize(o.kind)}: ${o.name}` : humanize(o.kind) }),
                () => removeWith(EditDeleteOutcomeDocument, { initiativeId: i.id, kind: o.kind, name: o.name ?? null }),
              )}
            >
              <Text size="sm">
                {humanize(o.kind)}
                {o.name ? `: ${o.name}` : ''}
                {o.on && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    · {o.on}
                  </Text>
                )}
              </Text>
            </Row>
          ))}
        </Stack>
      </Section>
      <Section title={t('barriers')} empty={i.barriers.length === 0} add={editor && <AddBarrier thisId={i.id} />}>
        <Stack gap={2}>
          {i.barriers.map((b) => (
            <Row
              key={b.barrier}
              remove={remove(
                t('edit.removeNamed', { name: humanize(b.barrier) }),
                t('edit.removeBarrier', { name: humanize(b.barrier) }),
                () => removeWith(EditDeleteBarrierDocument, { initiativeId: i.id, barrier: b.barrier }),
              )}
            >
              <Text size="sm" component="div">
                {humanize(b.barrier)}{' '}
                {b.overcome && (
                  <Badge size="xs" color="teal" variant="light">
                    {t('overcome')}
                    {b.on ? ` ${b.on}` : ''}
                  </Badge>
                )}
                {b.note && (
                  <Text size="xs" c="dimmed" fs="italic">
                    {b.note}
                  </Text>
                )}
              </Text>
            </Row>
          ))}
        </Stack>
      </Section>
      {editor && (
        <>
          <DeleteNode
            kind="initiative"
            id={i.id}
            name={i.name}
            relations={initiativeRelations(i)}
            onDeleted={onDeleted}
          />
          <InitiativeForm
            opened={editing}
            onClose={() => setEditing(false)}
            original={original}
            onSaved={() => setEditing(false)}
          />
        </>
      )}
    </Stack>
  );
}

function ActorDetails({ id, onSelect, onDeleted }: { id: string; onSelect: Select; onDeleted: () => void }) {
  const { t } = useI18n();
  const q = useQuery(ActorDetailsDocument, { id });
  const editor = useHasToken();
  const [editing, setEditing] = useState(false);
  const loaded = q.data?.actor;
  const original = useMemo(() => (loaded ? actorValuesFrom(loaded) : undefined), [loaded]);
  const a: ActorDetailsQuery['actor'] | undefined = q.data?.actor;
  const gate = notShown(q, a, id, t('edit.noActor', { id }));
  if (gate || !a) return gate;
  const remove = removeControl(editor);
  return (
    <Stack gap="md" data-testid="actor-details">
      <div>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={3} size="h5">
            {a.name}
          </Title>
          {editor && <EditButton onClick={() => setEditing(true)} />}
        </Group>
        <Group gap={6} mt={4}>
          <Badge variant="light" color="gray">
            {t('actor')}
          </Badge>
          {a.kind && <Badge variant="outline">{humanize(a.kind)}</Badge>}
          {a.region && <Badge variant="outline">{a.region}</Badge>}
        </Group>
      </div>
      <Section
        title={t('initiatives')}
        empty={a.initiatives.length === 0}
        add={editor && <AddInvolvement thisKind="actor" thisId={a.id} />}
      >
        <Stack gap={2}>
          {a.initiatives.map((i) => (
            <Row
              key={i.initiative.id}
              remove={remove(
                t('edit.removeNamed', { name: i.initiative.name }),
                t('edit.removeInvolvementOf', { name: i.initiative.name }),
                () => removeWith(EditDeleteInvolvementDocument, { actorId: a.id, initiativeId: i.initiative.id }),
              )}
            >
              <Text size="sm">
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  onClick={() => onSelect(`initiative:${i.initiative.id}`)}
                >
                  {i.initiative.name}
                </Anchor>{' '}
                <Text span size="xs" c="dimmed">
                  {[i.role, i.since && `since ${i.since}`].filter(Boolean).join(' · ')}
                </Text>
              </Text>
            </Row>
          ))}
        </Stack>
      </Section>
      {(['out', 'in'] as const).map((direction) => {
        const list =
          direction === 'out'
            ? a.influencesOut.map((f) => ({ weight: f.weight, other: f.to }))
            : a.influencesIn.map((f) => ({ weight: f.weight, other: f.from }));
        return (
          <Section
            key={direction}
            title={t(direction === 'out' ? 'influencesOut' : 'influencesIn')}
            empty={list.length === 0}
            add={editor && <AddInfluence thisId={a.id} direction={direction} />}
          >
            <Stack gap={2}>
              {list.map((f) => (
                <Row
                  key={f.other.id}
                  remove={remove(
                    t('edit.removeNamed', { name: f.other.name }),
                    t(direction === 'out' ? 'edit.removeInfluenceOn' : 'edit.removeInfluenceBy', {
                      name: f.other.name,
                    }),
                    () =>
                      removeWith(
                        EditDeleteInfluenceDocument,
                        direction === 'out'
                          ? { fromActorId: a.id, toActorId: f.other.id }
                          : { fromActorId: f.other.id, toActorId: a.id },
                      ),
                  )}
                >
                  <Text size="sm">
                    <Anchor component="button" type="button" size="sm" onClick={() => onSelect(`actor:${f.other.id}`)}>
                      {f.other.name}
                    </Anchor>{' '}
                    <Text span size="xs" c="dimmed">
                      weight {f.weight}
                    </Text>
                  </Text>
                </Row>
              ))}
            </Stack>
          </Section>
        );
      })}
      {editor && (
        <>
          <DeleteNode kind="actor" id={a.id} name={a.name} relations={actorRelations(a)} onDeleted={onDeleted} />
          <ActorForm
            opened={editing}
            onClose={() => setEditing(false)}
            original={original}
            onSaved={() => setEditing(false)}
          />
        </>
      )}
    </Stack>
  );
}
