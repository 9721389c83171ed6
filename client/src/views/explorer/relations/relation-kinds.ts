// The relations the details drawer shows and edits, each declared once: its form (fields, the node
// picker, the write), its rows (what a row says, its link, its removal) and its labels. One form
// component (RelationForm) and one section component (RelationSection) draw them all.
import {
  EditDeleteAmplificationDocument,
  EditDeleteBarrierDocument,
  EditDeleteInfluenceDocument,
  EditDeleteInvolvementDocument,
  EditDeleteOutcomeDocument,
  EditUpsertAmplificationDocument,
  EditUpsertBarrierDocument,
  EditUpsertInfluenceDocument,
  EditUpsertInvolvementDocument,
  EditUpsertOutcomeDocument,
  type ActorDetailsQuery,
  type InitiativeDetailsQuery,
} from '../../../api/generated/graphql';
import { BARRIER_KINDS, MODES, OUTCOME_KINDS } from '../../../domain/values';
import { MODE_COLOURS } from '../../../graph/encoding';
import { humanize, type MessageKey, type Translate } from '../../../i18n';
import {
  buildAmplificationInput,
  buildBarrierInput,
  buildInfluenceInput,
  buildInvolvementInput,
  buildOutcomeInput,
  emptyAmplificationValues,
  emptyBarrierValues,
  emptyInfluenceValues,
  emptyInvolvementValues,
  emptyOutcomeValues,
  type Direction,
} from '../edit/edit-logic';
import { removeWith } from '../edit/form-kit';
import { defineForm, type RelationForm } from './relation-form';

export type InitiativeData = NonNullable<InitiativeDetailsQuery['initiative']>;
export type ActorData = NonNullable<ActorDetailsQuery['actor']>;

/** One relation as a row of the details: what it says, where its name leads, how it is removed. */
export interface RelationRow {
  key: string;
  /** a coloured badge before the name (an amplification's mode) */
  badge?: { label: string; color: string };
  name: string;
  /** the node (`initiative:<id>` or `actor:<id>`) whose details the name opens */
  link?: string;
  /** dimmed, after the name */
  meta?: string;
  /** a green badge after the name (a barrier overcome) */
  tag?: string;
  /** an italic line below (evidence, a note) */
  note?: string;
  remove: { name: string; question: string; run: () => Promise<string | null> };
}

/** A section of one node's details: a kind of relation seen from that node. */
export interface RelationSectionSpec<D> {
  title: MessageKey;
  /** space between the rows */
  gap: number;
  form: RelationForm;
  rows: (node: D, t: Translate) => RelationRow[];
}

const dated = (date: string | null | undefined) => (date ? `· ${date}` : undefined);
const words = (...parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join(' · ');
const modeLabel = (mode: string, t: Translate) => t(`mode.${mode as (typeof MODES)[number]}`);

// ---------------------------------------------------------------- involvement (actor–initiative)

/** From an initiative's details the other end is an actor; from an actor's, an initiative. */
function involvementForm(side: 'initiative' | 'actor'): RelationForm {
  const other = side === 'initiative' ? 'actor' : 'initiative';
  return defineForm({
    add: side === 'initiative' ? 'edit.addActorInvolved' : 'edit.addInitiativeInvolved',
    testId: 'involvement',
    empty: emptyInvolvementValues(),
    fields: [
      { type: 'node', name: 'other', node: other, label: other },
      { type: 'text', name: 'role', label: 'edit.field.role' },
      { type: 'date', name: 'since', label: 'edit.field.since' },
    ],
    required: ['other'],
    document: EditUpsertInvolvementDocument,
    variables: (thisId, v) => ({ input: buildInvolvementInput(side, thisId, v) }),
    aliases: { [side === 'initiative' ? 'actorId' : 'initiativeId']: 'other' },
  });
}

const since = (date: string | null | undefined, t: Translate) => date && t('edit.since', { date });

export const ACTORS_INVOLVED: RelationSectionSpec<InitiativeData> = {
  title: 'actorsInvolved',
  gap: 2,
  form: involvementForm('initiative'),
  rows: (i, t) =>
    i.actors.map((a) => ({
      key: a.actor.id,
      name: a.actor.name,
      link: `actor:${a.actor.id}`,
      meta: words(a.actor.kind && humanize(a.actor.kind), a.role, since(a.since, t)),
      remove: {
        name: a.actor.name,
        question: t('edit.removeInvolvement', { name: a.actor.name }),
        run: () => removeWith(EditDeleteInvolvementDocument, { actorId: a.actor.id, initiativeId: i.id }),
      },
    })),
};

export const INITIATIVES_INVOLVED: RelationSectionSpec<ActorData> = {
  title: 'initiatives',
  gap: 2,
  form: involvementForm('actor'),
  rows: (a, t) =>
    a.initiatives.map((i) => ({
      key: i.initiative.id,
      name: i.initiative.name,
      link: `initiative:${i.initiative.id}`,
      meta: words(i.role, since(i.since, t)),
      remove: {
        name: i.initiative.name,
        question: t('edit.removeInvolvementOf', { name: i.initiative.name }),
        run: () => removeWith(EditDeleteInvolvementDocument, { actorId: a.id, initiativeId: i.initiative.id }),
      },
    })),
};

// ---------------------------------------------------------------- amplification (initiative → initiative)

function amplificationForm(direction: Direction): RelationForm {
  return defineForm({
    add: direction === 'out' ? 'edit.addAmpOut' : 'edit.addAmpIn',
    testId: `amplification-${direction}`,
    empty: emptyAmplificationValues(direction),
    fields: [
      {
        type: 'node',
        name: 'other',
        node: 'initiative',
        label: direction === 'out' ? 'edit.field.ampTo' : 'edit.field.ampFrom',
        excludeSelf: true,
      },
      { type: 'select', name: 'mode', label: 'mode', options: MODES, optionLabel: modeLabel },
      { type: 'date', name: 'on', label: 'edit.field.on' },
      { type: 'text', name: 'evidence', label: 'edit.field.evidence' },
    ],
    required: ['other', 'mode'],
    document: EditUpsertAmplificationDocument,
    variables: (thisId, v) => ({ input: buildAmplificationInput(thisId, v) }),
    aliases: direction === 'out' ? { toInitiativeId: 'other' } : { fromInitiativeId: 'other' },
  });
}

function amplifications(direction: Direction): RelationSectionSpec<InitiativeData> {
  return {
    title: direction === 'in' ? 'amplificationsIn' : 'amplificationsOut',
    gap: 4,
    form: amplificationForm(direction),
    rows: (i, t) =>
      (direction === 'in'
        ? i.amplificationsIn.map((a) => ({
            ...a,
            other: a.from,
            ends: { fromInitiativeId: a.from.id, toInitiativeId: i.id },
          }))
        : i.amplificationsOut.map((a) => ({
            ...a,
            other: a.to,
            ends: { fromInitiativeId: i.id, toInitiativeId: a.to.id },
          }))
      ).map((a) => ({
        key: `${a.other.id}-${a.mode}`,
        badge: { label: t(`mode.${a.mode}`), color: MODE_COLOURS[a.mode] },
        name: a.other.name,
        link: `initiative:${a.other.id}`,
        meta: dated(a.on),
        note: a.evidence ?? undefined,
        remove: {
          name: a.other.name,
          question: t('edit.removeAmplification', { mode: t(`mode.${a.mode}`), name: a.other.name }),
          run: () => removeWith(EditDeleteAmplificationDocument, { ...a.ends, mode: a.mode }),
        },
      })),
  };
}

export const AMPLIFICATIONS_IN = amplifications('in');
export const AMPLIFICATIONS_OUT = amplifications('out');

// ---------------------------------------------------------------- outcomes and barriers (of an initiative)

export const OUTCOMES: RelationSectionSpec<InitiativeData> = {
  title: 'outcomes',
  gap: 2,
  form: defineForm({
    add: 'edit.addOutcome',
    testId: 'outcome',
    empty: emptyOutcomeValues(),
    fields: [
      { type: 'select', name: 'kind', label: 'kind', options: OUTCOME_KINDS, optionLabel: humanize },
      { type: 'text', name: 'name', label: 'name' },
      { type: 'date', name: 'on', label: 'edit.field.on' },
    ],
    required: ['kind'],
    document: EditUpsertOutcomeDocument,
    variables: (thisId, v) => ({ input: buildOutcomeInput(thisId, v) }),
  }),
  rows: (i, t) =>
    i.outcomes.map((o) => {
      const named = o.name ? `${humanize(o.kind)}: ${o.name}` : humanize(o.kind);
      return {
        key: `${o.kind}-${o.name ?? ''}`,
        name: named,
        meta: dated(o.on),
        remove: {
          name: o.name ?? humanize(o.kind),
          question: t('edit.removeOutcome', { name: named }),
          run: () => removeWith(EditDeleteOutcomeDocument, { initiativeId: i.id, kind: o.kind, name: o.name ?? null }),
        },
      };
    }),
};

export const BARRIERS: RelationSectionSpec<InitiativeData> = {
  title: 'barriers',
  gap: 2,
  form: defineForm({
    add: 'edit.addBarrier',
    testId: 'barrier',
    empty: emptyBarrierValues(),
    fields: [
      { type: 'select', name: 'barrier', label: 'edit.field.barrier', options: BARRIER_KINDS, optionLabel: humanize },
      { type: 'check', name: 'overcome', label: 'overcome' },
      { type: 'date', name: 'on', label: 'edit.field.on' },
      { type: 'text', name: 'note', label: 'edit.field.note' },
    ],
    required: ['barrier'],
    document: EditUpsertBarrierDocument,
    variables: (thisId, v) => ({ input: buildBarrierInput(thisId, v) }),
  }),
  rows: (i, t) =>
    i.barriers.map((b) => ({
      key: b.barrier,
      name: humanize(b.barrier),
      tag: b.overcome ? `${t('overcome')}${b.on ? ` ${b.on}` : ''}` : undefined,
      note: b.note ?? undefined,
      remove: {
        name: humanize(b.barrier),
        question: t('edit.removeBarrier', { name: humanize(b.barrier) }),
        run: () => removeWith(EditDeleteBarrierDocument, { initiativeId: i.id, barrier: b.barrier }),
      },
    })),
};

// ---------------------------------------------------------------- influence (actor → actor)

function influences(direction: Direction): RelationSectionSpec<ActorData> {
  return {
    title: direction === 'out' ? 'influencesOut' : 'influencesIn',
    gap: 2,
    form: defineForm({
      add: direction === 'out' ? 'edit.addInfOut' : 'edit.addInfIn',
      testId: `influence-${direction}`,
      empty: emptyInfluenceValues(direction),
      fields: [
        {
          type: 'node',
          name: 'other',
          node: 'actor',
          label: direction === 'out' ? 'edit.field.infTo' : 'edit.field.infFrom',
          excludeSelf: true,
        },
        {
          type: 'text',
          name: 'weight',
          label: 'edit.field.weight',
          description: 'edit.field.weightHelp',
          decimal: true,
        },
        { type: 'date', name: 'since', label: 'edit.field.since' },
      ],
      required: ['other'],
      document: EditUpsertInfluenceDocument,
      variables: (thisId, v) => ({ input: buildInfluenceInput(thisId, v) }),
      aliases: direction === 'out' ? { toActorId: 'other' } : { fromActorId: 'other' },
    }),
    rows: (a, t) =>
      (direction === 'out'
        ? a.influencesOut.map((f) => ({
            weight: f.weight,
            other: f.to,
            ends: { fromActorId: a.id, toActorId: f.to.id },
          }))
        : a.influencesIn.map((f) => ({
            weight: f.weight,
            other: f.from,
            ends: { fromActorId: f.from.id, toActorId: a.id },
          }))
      ).map((f) => ({
        key: f.other.id,
        name: f.other.name,
        link: `actor:${f.other.id}`,
        meta: t('edit.weight', { weight: f.weight }),
        remove: {
          name: f.other.name,
          question: t(direction === 'out' ? 'edit.removeInfluenceOn' : 'edit.removeInfluenceBy', {
            name: f.other.name,
          }),
          run: () => removeWith(EditDeleteInfluenceDocument, f.ends),
        },
      })),
  };
}

export const INFLUENCES_OUT = influences('out');
export const INFLUENCES_IN = influences('in');

/** The relation sections of an initiative's details, in the order shown. */
export const INITIATIVE_SECTIONS = [ACTORS_INVOLVED, AMPLIFICATIONS_IN, AMPLIFICATIONS_OUT, OUTCOMES, BARRIERS];
/** The relation sections of an actor's details, in the order shown. */
export const ACTOR_SECTIONS = [INITIATIVES_INVOLVED, INFLUENCES_OUT, INFLUENCES_IN];
