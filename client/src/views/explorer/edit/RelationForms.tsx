import { Button, Checkbox, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import {
  EditUpsertAmplificationDocument,
  EditUpsertBarrierDocument,
  EditUpsertInfluenceDocument,
  EditUpsertInvolvementDocument,
  EditUpsertOutcomeDocument,
} from '../../../api/generated/graphql';
import { humanize, useI18n, type MessageKey } from '../../../i18n';
import {
  buildAmplificationInput,
  buildBarrierInput,
  buildInfluenceInput,
  buildInvolvementInput,
  buildOutcomeInput,
  type AmplificationFormValues,
  type BarrierFormValues,
  type Direction,
  type InfluenceFormValues,
  type InvolvementFormValues,
  type OutcomeFormValues,
} from './edit-logic';
import { BARRIER_KINDS, MODES, OUTCOME_KINDS } from '../../../domain/values';
import { FormAlert, useWrite } from './form-kit';
import { NodePicker } from './NodePicker';

/** "+ Add …" under a section of the details; opens a small form in place, closes after saving. */
function AddPanel({
  label,
  testId,
  children,
}: {
  label: string;
  testId: string;
  children: (done: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Button size="compact-xs" variant="subtle" onClick={() => setOpen(true)} mt={4} data-testid={`add-${testId}`}>
        + {label}
      </Button>
    );
  return (
    <Paper withBorder p="xs" mt={4} data-testid={`form-${testId}`}>
      <Text size="xs" fw={600} mb={4}>
        {label}
      </Text>
      {children(() => setOpen(false))}
    </Paper>
  );
}

function Actions({ saving, onCancel }: { saving: boolean; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <Group justify="flex-end" gap="xs">
      <Button size="compact-sm" variant="default" onClick={onCancel}>
        {t('edit.cancel')}
      </Button>
      <Button size="compact-sm" type="submit" loading={saving}>
        {t('edit.add.save')}
      </Button>
    </Group>
  );
}

/** `required` that the browser does not enforce: the server says what is missing, by the field. */
function missing(t: (k: MessageKey) => string, value: string | null | undefined): string | undefined {
  return value ? undefined : t('edit.required');
}

/** A relation form's values and write; `set` merges a patch and clears the error of the named field. */
function useRelationForm<V>(initial: V) {
  const [v, setV] = useState<V>(initial);
  const write = useWrite();
  const set = (patch: Partial<V>, clears?: string) => {
    setV({ ...v, ...patch });
    if (clears) write.clear(clears);
  };
  return { v, set, write };
}

/** The frame of a relation form: what the server said that belongs to no field, the fields, the buttons. */
function RelationForm({
  submit,
  write,
  done,
  children,
}: {
  submit: (e: FormEvent) => Promise<void>;
  write: ReturnType<typeof useWrite>;
  done: () => void;
  children: ReactNode;
}) {
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap={6}>
        <FormAlert errors={write.errors} />
        {children}
        <Actions saving={write.saving} onCancel={done} />
      </Stack>
    </form>
  );
}

/** A date typed as YYYY-MM-DD (the server checks it). */
function DateInput({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  return (
    <TextInput
      size="xs"
      label={label}
      placeholder="YYYY-MM-DD"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
    />
  );
}

export function AddInvolvement({ thisKind, thisId }: { thisKind: 'initiative' | 'actor'; thisId: string }) {
  const { t } = useI18n();
  const label = t(thisKind === 'initiative' ? 'edit.addActorInvolved' : 'edit.addInitiativeInvolved');
  return (
    <AddPanel label={label} testId="involvement">
      {(done) => <InvolvementForm thisKind={thisKind} thisId={thisId} done={done} />}
    </AddPanel>
  );
}

function InvolvementForm({
  thisKind,
  thisId,
  done,
}: {
  thisKind: 'initiative' | 'actor';
  thisId: string;
  done: () => void;
}) {
  const { t } = useI18n();
  const { v, set, write } = useRelationForm<InvolvementFormValues>({ other: '', role: '', since: '' });
  const otherKey = thisKind === 'initiative' ? 'actorId' : 'initiativeId';
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!v.other) return write.setErrors({ other: t('edit.required') });
    const ok = await write.run(
      EditUpsertInvolvementDocument,
      { input: buildInvolvementInput(thisKind, thisId, v) },
      { fields: ['other', 'role', 'since'], aliases: { [otherKey]: 'other' } },
    );
    if (ok) done();
  }
  return (
    <RelationForm submit={submit} write={write} done={done}>
      <NodePicker
        kind={thisKind === 'initiative' ? 'actor' : 'initiative'}
        label={t(thisKind === 'initiative' ? 'actor' : 'initiative')}
        value={v.other || null}
        onChange={(id) => set({ other: id ?? '' }, 'other')}
        error={write.errors.other}
        testId="pick-other"
      />
      <TextInput
        size="xs"
        label={t('edit.field.role')}
        value={v.role}
        onChange={(e) => set({ role: e.currentTarget.value })}
        error={write.errors.role}
      />
      <DateInput
        label={t('edit.field.since')}
        value={v.since}
        onChange={(since) => set({ since }, 'since')}
        error={write.errors.since}
      />
    </RelationForm>
  );
}

export function AddAmplification({ thisId, direction }: { thisId: string; direction: Direction }) {
  const { t } = useI18n();
  return (
    <AddPanel label={t(direction === 'out' ? 'edit.addAmpOut' : 'edit.addAmpIn')} testId={`amplification-${direction}`}>
      {(done) => <AmplificationForm thisId={thisId} direction={direction} done={done} />}
    </AddPanel>
  );
}

function AmplificationForm({ thisId, direction, done }: { thisId: string; direction: Direction; done: () => void }) {
  const { t } = useI18n();
  const { v, set, write } = useRelationForm<AmplificationFormValues>({
    direction,
    other: '',
    mode: '',
    on: '',
    evidence: '',
  });
  async function submit(e: FormEvent) {
    e.preventDefault();
    const problems = { other: missing(t, v.other), mode: missing(t, v.mode) };
    if (problems.other || problems.mode)
      return write.setErrors(
        Object.fromEntries(Object.entries(problems).filter(([, m]) => m)) as Record<string, string>,
      );
    const ok = await write.run(
      EditUpsertAmplificationDocument,
      { input: buildAmplificationInput(thisId, v) },
      {
        fields: ['other', 'mode', 'on', 'evidence'],
        aliases: direction === 'out' ? { toInitiativeId: 'other' } : { fromInitiativeId: 'other' },
      },
    );
    if (ok) done();
  }
  return (
    <RelationForm submit={submit} write={write} done={done}>
      <NodePicker
        kind="initiative"
        label={t(direction === 'out' ? 'edit.field.ampTo' : 'edit.field.ampFrom')}
        value={v.other || null}
        onChange={(id) => set({ other: id ?? '' }, 'other')}
        error={write.errors.other}
        exclude={thisId}
        testId="pick-other"
      />
      <Select
        size="xs"
        label={t('mode')}
        value={v.mode || null}
        onChange={(m) => set({ mode: m ?? '' }, 'mode')}
        data={MODES.map((m) => ({ value: m, label: t(`mode.${m}`) }))}
        error={write.errors.mode}
        required
      />
      <DateInput label={t('edit.field.on')} value={v.on} onChange={(on) => set({ on }, 'on')} error={write.errors.on} />
      <TextInput
        size="xs"
        label={t('edit.field.evidence')}
        value={v.evidence}
        onChange={(e) => set({ evidence: e.currentTarget.value }, 'evidence')}
        error={write.errors.evidence}
      />
    </RelationForm>
  );
}

export function AddInfluence({ thisId, direction }: { thisId: string; direction: Direction }) {
  const { t } = useI18n();
  return (
    <AddPanel label={t(direction === 'out' ? 'edit.addInfOut' : 'edit.addInfIn')} testId={`influence-${direction}`}>
      {(done) => <InfluenceForm thisId={thisId} direction={direction} done={done} />}
    </AddPanel>
  );
}

function InfluenceForm({ thisId, direction, done }: { thisId: string; direction: Direction; done: () => void }) {
  const { t } = useI18n();
  const { v, set, write } = useRelationForm<InfluenceFormValues>({ direction, other: '', weight: '', since: '' });
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!v.other) return write.setErrors({ other: t('edit.required') });
    const input = buildInfluenceInput(thisId, v);
    if (input.weight !== undefined && Number.isNaN(input.weight))
      return write.setErrors({ weight: t('edit.notANumber', { value: v.weight }) });
    const ok = await write.run(
      EditUpsertInfluenceDocument,
      { input },
      {
        fields: ['other', 'weight', 'since'],
        aliases: direction === 'out' ? { toActorId: 'other' } : { fromActorId: 'other' },
      },
    );
    if (ok) done();
  }
  return (
    <RelationForm submit={submit} write={write} done={done}>
      <NodePicker
        kind="actor"
        label={t(direction === 'out' ? 'edit.field.infTo' : 'edit.field.infFrom')}
        value={v.other || null}
        onChange={(id) => set({ other: id ?? '' }, 'other')}
        error={write.errors.other}
        exclude={thisId}
        testId="pick-other"
      />
      <TextInput
        size="xs"
        label={t('edit.field.weight')}
        description={t('edit.field.weightHelp')}
        inputMode="decimal"
        value={v.weight}
        onChange={(e) => set({ weight: e.currentTarget.value }, 'weight')}
        error={write.errors.weight}
      />
      <DateInput
        label={t('edit.field.since')}
        value={v.since}
        onChange={(since) => set({ since }, 'since')}
        error={write.errors.since}
      />
    </RelationForm>
  );
}

export function AddOutcome({ thisId }: { thisId: string }) {
  const { t } = useI18n();
  return (
    <AddPanel label={t('edit.addOutcome')} testId="outcome">
      {(done) => <OutcomeForm thisId={thisId} done={done} />}
    </AddPanel>
  );
}

function OutcomeForm({ thisId, done }: { thisId: string; done: () => void }) {
  const { t } = useI18n();
  const { v, set, write } = useRelationForm<OutcomeFormValues>({ kind: '', name: '', on: '' });
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!v.kind) return write.setErrors({ kind: t('edit.required') });
    const ok = await write.run(
      EditUpsertOutcomeDocument,
      { input: buildOutcomeInput(thisId, v) },
      { fields: ['kind', 'name', 'on'] },
    );
    if (ok) done();
  }
  return (
    <RelationForm submit={submit} write={write} done={done}>
      <Select
        size="xs"
        label={t('kind')}
        value={v.kind || null}
        onChange={(k) => set({ kind: k ?? '' }, 'kind')}
        data={OUTCOME_KINDS.map((k) => ({ value: k, label: humanize(k) }))}
        error={write.errors.kind}
        required
      />
      <TextInput
        size="xs"
        label={t('name')}
        value={v.name}
        onChange={(e) => set({ name: e.currentTarget.value })}
        error={write.errors.name}
      />
      <DateInput label={t('edit.field.on')} value={v.on} onChange={(on) => set({ on }, 'on')} error={write.errors.on} />
    </RelationForm>
  );
}

export function AddBarrier({ thisId }: { thisId: string }) {
  const { t } = useI18n();
  return (
    <AddPanel label={t('edit.addBarrier')} testId="barrier">
      {(done) => <BarrierForm thisId={thisId} done={done} />}
    </AddPanel>
  );
}

function BarrierForm({ thisId, done }: { thisId: string; done: () => void }) {
  const { t } = useI18n();
  const { v, set, write } = useRelationForm<BarrierFormValues>({ barrier: '', overcome: false, on: '', note: '' });
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!v.barrier) return write.setErrors({ barrier: t('edit.required') });
    const ok = await write.run(
      EditUpsertBarrierDocument,
      { input: buildBarrierInput(thisId, v) },
      { fields: ['barrier', 'overcome', 'on', 'note'] },
    );
    if (ok) done();
  }
  return (
    <RelationForm submit={submit} write={write} done={done}>
      <Select
        size="xs"
        label={t('edit.field.barrier')}
        value={v.barrier || null}
        onChange={(b) => set({ barrier: b ?? '' }, 'barrier')}
        data={BARRIER_KINDS.map((b) => ({ value: b, label: humanize(b) }))}
        error={write.errors.barrier}
        required
      />
      <Checkbox
        size="xs"
        label={t('overcome')}
        checked={v.overcome}
        onChange={(e) => set({ overcome: e.currentTarget.checked })}
      />
      <DateInput label={t('edit.field.on')} value={v.on} onChange={(on) => set({ on }, 'on')} error={write.errors.on} />
      <TextInput
        size="xs"
        label={t('edit.field.note')}
        value={v.note}
        onChange={(e) => set({ note: e.currentTarget.value })}
        error={write.errors.note}
      />
    </RelationForm>
  );
}
