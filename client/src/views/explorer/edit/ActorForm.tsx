import { Modal, Select, Stack } from '@mantine/core';
import { type FormEvent } from 'react';
import { EditCreateActorDocument, EditUpdateActorDocument } from '../../../api/generated/graphql';
import { humanize, useI18n } from '../../../i18n';
import { ACTOR_KINDS } from '../../../domain/values';
import { buildActorInput, buildActorPatch, emptyActorValues, type ActorFormValues } from './edit-logic';
import { FormAlert, IdAndNameFields, NodeFormButtons, RegionField, useNodeForm } from './form-kit';

const FIELDS = ['id', 'name', 'kind', 'region'];

/** Creates an actor (no `original`) or edits one; the server's problems show by their fields. */
export function ActorForm({
  opened,
  onClose,
  original,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  original?: ActorFormValues;
  onSaved: (id: string) => void;
}) {
  const { t } = useI18n();
  const editing = original !== undefined;
  const { values, set, write, options, formRef, narrow } = useNodeForm(opened, original, emptyActorValues);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const mapOptions = { fields: FIELDS, conflictField: 'id' };
    if (original) {
      const patch = buildActorPatch(values, original);
      if (Object.keys(patch).length === 0) {
        onClose();
        return;
      }
      const result = await write.run(EditUpdateActorDocument, { id: original.id, patch }, mapOptions);
      if (result) onSaved(result.updateActor.id);
    } else {
      const result = await write.run(EditCreateActorDocument, { input: buildActorInput(values) }, mapOptions);
      if (result) onSaved(result.createActor.id);
    }
  }

  const e = write.errors;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={editing ? t('edit.actor.editTitle', { name: original.name }) : t('edit.actor.createTitle')}
      fullScreen={narrow}
    >
      <form onSubmit={(ev) => void submit(ev)} ref={formRef} noValidate data-testid="actor-form">
        <Stack gap="sm">
          <FormAlert errors={e} />
          <IdAndNameFields values={values} set={set} errors={e} editing={editing} />
          <Select
            label={t('kind')}
            value={values.kind || null}
            onChange={(v) => set('kind', v ?? '')}
            data={ACTOR_KINDS.map((k) => ({ value: k, label: humanize(k) }))}
            clearable
            searchable
            error={e.kind}
          />
          <RegionField
            value={values.region}
            onChange={(v) => set('region', v)}
            regions={options.data?.regions}
            error={e.region}
          />
          <NodeFormButtons
            editing={editing}
            createLabel={t('edit.actor.create')}
            saving={write.saving}
            onClose={onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
