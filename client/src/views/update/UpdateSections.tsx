import {
  Button,
  Checkbox,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { ACTOR_KINDS, BARRIER_KINDS, MODES, OUTCOME_KINDS, STATUSES } from '../../domain/values';
import { humanize, useI18n, type MessageKey } from '../../i18n';
import {
  CHARACTERISTIC_NAMES,
  nextNewId,
  type Draft,
  type DraftRow,
  type NewAmplification,
  type Row,
} from './update-form';

/** Changes the draft: the callback edits a copy. */
export type Edit = (change: (draft: Draft) => void) => void;

export interface SectionProps {
  draft: Draft;
  edit: Edit;
  names: Map<string, string>;
  initiativeId: string;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <section className="update-section">
      <Title order={2} size="h4">
        {title}
      </Title>
      {hint && (
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      )}
      <Stack gap="sm">{children}</Stack>
    </section>
  );
}

/** A kept or removed relation row: its fields, and Remove / undo. */
function RelationRow({
  label,
  row,
  onRemove,
  children,
}: {
  label: string;
  row: DraftRow;
  onRemove: () => void;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className={row.removed ? 'update-row removed' : 'update-row'} data-testid="update-row">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text fw={600} td={row.removed ? 'line-through' : undefined}>
          {label}
        </Text>
        <Checkbox label={t('up.remove')} checked={row.removed} onChange={onRemove} />
      </Group>
      {!row.removed && children}
    </div>
  );
}

export function DetailsSection({ draft, edit }: SectionProps) {
  const { t } = useI18n();
  const d = draft.details;
  const field = (key: 'name' | 'region' | 'themes' | 'startedOn' | 'latitude' | 'longitude', label: MessageKey) => (
    <TextInput
      label={t(label)}
      value={d[key]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        edit((x) => void (x.details[key] = value));
      }}
      {...(key === 'startedOn' ? { type: 'date' } : {})}
      {...(key === 'latitude' || key === 'longitude' ? { inputMode: 'decimal' as const } : {})}
    />
  );
  return (
    <Section title={t('up.details')}>
      {field('name', 'up.name')}
      <Textarea
        label={t('up.description')}
        autosize
        minRows={3}
        value={d.description}
        onChange={(e) => {
          const value = e.currentTarget.value;
          edit((x) => void (x.details.description = value));
        }}
      />
      <div className="update-grid">
        {field('region', 'up.region')}
        {field('themes', 'up.themes')}
        {field('startedOn', 'up.startedOn')}
        <Select
          label={t('up.status')}
          data={STATUSES.map((s) => ({ value: s, label: humanize(s) }))}
          value={d.status || null}
          onChange={(v) => edit((x) => void (x.details.status = v ?? ''))}
          clearable
        />
        {field('latitude', 'up.latitude')}
        {field('longitude', 'up.longitude')}
      </div>
    </Section>
  );
}

export function CharacteristicsSection({ draft, edit }: SectionProps) {
  const { t } = useI18n();
  return (
    <Section title={t('up.characteristics')} hint={t('up.characteristicsHint')}>
      {CHARACTERISTIC_NAMES.map((c) => {
        const s = draft.details.scores[c]!;
        return (
          <div key={c} className="update-row" data-testid={`characteristic-${c}`}>
            <Text fw={600} id={`char-${c}`}>
              {t(`edit.char.${c}` as MessageKey)}
            </Text>
            <SegmentedControl
              aria-labelledby={`char-${c}`}
              size="xs"
              value={s.score === '' ? '-' : s.score}
              onChange={(v) => edit((x) => void (x.details.scores[c]!.score = v === '-' ? '' : v))}
              data={[
                { value: '-', label: t('up.notScored') },
                ...['0', '1', '2', '3'].map((v) => ({ value: v, label: v })),
              ]}
            />
            <Textarea
              label={t('up.evidence')}
              autosize
              minRows={1}
              value={s.evidence}
              onChange={(e) => {
                const value = e.currentTarget.value;
                edit((x) => void (x.details.scores[c]!.evidence = value));
              }}
            />
          </div>
        );
      })}
    </Section>
  );
}

function RowText({
  row,
  field,
  label,
  index,
  list,
  edit,
}: {
  row: Row;
  field: string;
  label: string;
  index: number;
  list: 'involvements' | 'amplifications' | 'outcomes' | 'barriers';
  edit: Edit;
}) {
  return (
    <TextInput
      label={label}
      value={str(row[field])}
      type={field === 'since' || field === 'until' || field === 'on' ? 'date' : 'text'}
      onChange={(e) => {
        const value = e.currentTarget.value;
        edit((x) => void (x[list][index]!.row[field] = value));
      }}
    />
  );
}

export function ActorsSection({ draft, edit, names }: SectionProps) {
  const { t } = useI18n();
  return (
    <Section title={t('up.actors')}>
      {draft.involvements.length + draft.newActors.length === 0 && <Text c="dimmed">{t('up.none')}</Text>}
      {draft.involvements.map((r, i) => (
        <RelationRow
          key={String(r.row.actorId)}
          label={names.get(`actor:${str(r.row.actorId)}`) ?? str(r.row.actorId)}
          row={r}
          onRemove={() => edit((x) => void (x.involvements[i]!.removed = !x.involvements[i]!.removed))}
        >
          <div className="update-grid">
            <RowText row={r.row} field="role" label={t('up.role')} index={i} list="involvements" edit={edit} />
            <RowText row={r.row} field="since" label={t('up.since')} index={i} list="involvements" edit={edit} />
            <RowText row={r.row} field="until" label={t('up.until')} index={i} list="involvements" edit={edit} />
          </div>
        </RelationRow>
      ))}
      {draft.newActors.map((a, i) => (
        <div key={a.id} className="update-row new" data-testid="new-actor">
          <div className="update-grid">
            <TextInput
              label={t('up.newName')}
              value={a.name}
              onChange={(e) => {
                const v = e.currentTarget.value;
                edit((x) => void (x.newActors[i]!.name = v));
              }}
            />
            <Select
              label={t('up.kind')}
              data={ACTOR_KINDS.map((k) => ({ value: k, label: humanize(k) }))}
              value={a.kind || null}
              onChange={(v) => edit((x) => void (x.newActors[i]!.kind = v ?? ''))}
              clearable
            />
            <TextInput
              label={t('up.role')}
              value={a.role}
              onChange={(e) => {
                const v = e.currentTarget.value;
                edit((x) => void (x.newActors[i]!.role = v));
              }}
            />
          </div>
          <Button variant="subtle" size="xs" onClick={() => edit((x) => void x.newActors.splice(i, 1))}>
            {t('up.remove')}
          </Button>
        </div>
      ))}
      <Button
        variant="light"
        onClick={() => edit((x) => void x.newActors.push({ id: nextNewId(x), name: '', kind: '', role: '' }))}
      >
        {t('up.addActor')}
      </Button>
    </Section>
  );
}

/** An initiative the contact names as having taken theirs further: name, region, how, evidence. */
function NewAmplificationRow({ a, i, edit }: { a: NewAmplification; i: number; edit: Edit }) {
  const { t } = useI18n();
  return (
    <div className="update-row new" data-testid="new-amplification">
      <div className="update-grid">
        <TextInput
          label={t('up.otherName')}
          value={a.name}
          onChange={(e) => {
            const v = e.currentTarget.value;
            edit((x) => void (x.newAmplifications[i]!.name = v));
          }}
        />
        <TextInput
          label={t('up.otherRegion')}
          value={a.region}
          onChange={(e) => {
            const v = e.currentTarget.value;
            edit((x) => void (x.newAmplifications[i]!.region = v));
          }}
        />
        <Select
          label={t('up.mode')}
          data={MODES.map((m) => ({ value: m, label: t(`mode.${m}` as MessageKey) }))}
          value={a.mode}
          allowDeselect={false}
          onChange={(v) => edit((x) => void (x.newAmplifications[i]!.mode = v ?? 'SPREADING'))}
        />
      </div>
      <Textarea
        label={t('up.evidence')}
        autosize
        minRows={1}
        value={a.evidence}
        onChange={(e) => {
          const v = e.currentTarget.value;
          edit((x) => void (x.newAmplifications[i]!.evidence = v));
        }}
      />
      <Button variant="subtle" size="xs" onClick={() => edit((x) => void x.newAmplifications.splice(i, 1))}>
        {t('up.remove')}
      </Button>
    </div>
  );
}

export function AmplificationsSection({ draft, edit, names, initiativeId }: SectionProps) {
  const { t } = useI18n();
  return (
    <Section title={t('up.amplifications')} hint={t('up.amplificationsHint')}>
      {draft.amplifications.map((r, i) => {
        const out = r.row.fromInitiativeId === initiativeId;
        const other = str(out ? r.row.toInitiativeId : r.row.fromInitiativeId);
        const name = names.get(`initiative:${other}`) ?? other;
        const label = `${t(out ? 'up.direction.out' : 'up.direction.in', { name })} (${t(`mode.${str(r.row.mode)}` as MessageKey)})`;
        return (
          <RelationRow
            key={`${other}:${str(r.row.mode)}`}
            label={label}
            row={r}
            onRemove={() => edit((x) => void (x.amplifications[i]!.removed = !x.amplifications[i]!.removed))}
          >
            <Textarea
              label={t('up.evidence')}
              autosize
              minRows={1}
              value={str(r.row.evidence)}
              onChange={(e) => {
                const v = e.currentTarget.value;
                edit((x) => void (x.amplifications[i]!.row.evidence = v));
              }}
            />
            <RowText row={r.row} field="on" label={t('up.on')} index={i} list="amplifications" edit={edit} />
          </RelationRow>
        );
      })}
      {draft.newAmplifications.map((a, i) => (
        <NewAmplificationRow key={a.id} a={a} i={i} edit={edit} />
      ))}
      <Button
        variant="light"
        onClick={() =>
          edit(
            (x) =>
              void x.newAmplifications.push({
                id: nextNewId(x),
                name: '',
                region: '',
                mode: 'SPREADING',
                evidence: '',
              }),
          )
        }
      >
        {t('up.addAmplification')}
      </Button>
    </Section>
  );
}

export function OutcomesSection({ draft, edit }: SectionProps) {
  const { t } = useI18n();
  return (
    <Section title={t('up.outcomes')}>
      {draft.outcomes.map((r, i) =>
        r.row.isNew ? (
          <div key={i} className="update-row new">
            <div className="update-grid">
              <Select
                label={t('up.kind')}
                data={OUTCOME_KINDS.map((k) => ({ value: k, label: humanize(k) }))}
                value={str(r.row.kind) || null}
                allowDeselect={false}
                onChange={(v) => edit((x) => void (x.outcomes[i]!.row.kind = v ?? 'NEW_PRACTICE'))}
              />
              <RowText row={r.row} field="name" label={t('up.outcomeName')} index={i} list="outcomes" edit={edit} />
              <RowText row={r.row} field="on" label={t('up.on')} index={i} list="outcomes" edit={edit} />
            </div>
            <Button variant="subtle" size="xs" onClick={() => edit((x) => void x.outcomes.splice(i, 1))}>
              {t('up.remove')}
            </Button>
          </div>
        ) : (
          <RelationRow
            key={i}
            label={`${humanize(str(r.row.kind))}${r.row.name ? `: ${str(r.row.name)}` : ''}`}
            row={r}
            onRemove={() => edit((x) => void (x.outcomes[i]!.removed = !x.outcomes[i]!.removed))}
          >
            <RowText row={r.row} field="on" label={t('up.on')} index={i} list="outcomes" edit={edit} />
          </RelationRow>
        ),
      )}
      <Button
        variant="light"
        onClick={() =>
          edit((x) => void x.outcomes.push({ row: { isNew: true, kind: 'NEW_PRACTICE' }, removed: false }))
        }
      >
        {t('up.addOutcome')}
      </Button>
    </Section>
  );
}

export function BarriersSection({ draft, edit }: SectionProps) {
  const { t } = useI18n();
  const taken = new Set(draft.barriers.map((b) => str(b.row.barrier)));
  const free = BARRIER_KINDS.filter((k) => !taken.has(k));
  return (
    <Section title={t('up.barriers')}>
      {draft.barriers.map((r, i) => (
        <RelationRow
          key={str(r.row.barrier)}
          label={humanize(str(r.row.barrier))}
          row={r}
          onRemove={() => edit((x) => void (x.barriers[i]!.removed = !x.barriers[i]!.removed))}
        >
          <Group gap="md" align="flex-end" wrap="wrap">
            <Checkbox
              label={t('up.overcome')}
              checked={r.row.overcome === true}
              onChange={(e) => {
                const v = e.currentTarget.checked;
                edit((x) => void (x.barriers[i]!.row.overcome = v));
              }}
            />
            {r.row.overcome === true && (
              <RowText row={r.row} field="on" label={t('up.on')} index={i} list="barriers" edit={edit} />
            )}
          </Group>
          <Textarea
            label={t('up.note')}
            autosize
            minRows={1}
            value={str(r.row.note)}
            onChange={(e) => {
              const v = e.currentTarget.value;
              edit((x) => void (x.barriers[i]!.row.note = v));
            }}
          />
        </RelationRow>
      ))}
      {free.length > 0 && (
        <Select
          label={t('up.addBarrier')}
          data={free.map((k) => ({ value: k, label: humanize(k) }))}
          value={null}
          onChange={(v) =>
            v && edit((x) => void x.barriers.push({ row: { barrier: v, overcome: false }, removed: false }))
          }
        />
      )}
    </Section>
  );
}
