// The side panel that edits, adds or deletes one objective, activity or target. Saves send
// only the changed fields with If-Match; a 412 turns the panel into the conflict view.

import { Button, DrawerBody, DrawerFooter, DrawerHeader, DrawerHeaderTitle, OverlayDrawer } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ApiProblem } from '../../api/api-client';
import { useApp } from '../../app/app-context';
import { LoadError } from '../../app/StatusViews';
import { serverFieldErrors, validate, type FieldErrors } from '../../forms/validation';
import { useI18n } from '../../i18n/i18n';
import { ConflictPanel } from './ConflictPanel';
import { DeleteButton, DeleteDialog } from './DeleteDialog';
import { CheckInHistory } from '../my-targets/CheckInHistory';
import { apiValuesOf, ITEM_FORMS, MILESTONE_PREFIX, patchOf, type FormValues, type ItemKind, type ItemRecord } from './item-forms';
import { ItemFields } from './ItemFields';
import { createItem, deleteItem, updateItem, type SaveOutcome } from './item-save';

export type EditorSubject = { mode: 'edit'; kind: ItemKind; record: ItemRecord } | { mode: 'create'; kind: ItemKind; parentId: string; parentRef: string };

/** What the editor did, so that the plan can say so and show the item. */
export type ItemChange =
  { kind: 'saved'; id: string } | { kind: 'created'; id: string } | { kind: 'deleted'; itemKind: ItemKind; ref: string } | { kind: 'refreshed' };

export interface ItemEditorProps {
  subject: EditorSubject;
  open: boolean;
  onClose: () => void;
  onChanged: (change: ItemChange) => void;
  /** The plan's cycle, for a target's milestones per period. */
  cycle?: string;
  /** The plan's office, for the findings an objective may cite. */
  officeId?: string;
}

export function ItemEditor({ subject, open, onClose, onChanged, cycle, officeId }: ItemEditorProps) {
  const { t, locale } = useI18n();
  const { api, me } = useApp();
  const spec = ITEM_FORMS[subject.kind];
  const [record, setRecord] = useState(subject.mode === 'edit' ? subject.record : undefined);
  const [values, setValues] = useState<FormValues>(() => (record ? spec.fromRecord(record, locale) : spec.empty({ owner: me.user.email })));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [conflict, setConflict] = useState<ItemRecord>();
  const [failure, setFailure] = useState<unknown>();
  const [confirmingDelete, setConfirmingDelete] = useState(false);

  const base = record ? apiValuesOf(spec, record) : {};
  const mine = spec.toApi(values, locale);
  const checked = validate(record ? spec.patchSchema : spec.inputSchema, record ? mine : withoutBlanks(mine), t);
  const serverErrors: FieldErrors = serverFieldErrors(failure, t);
  const errors: FieldErrors = Object.fromEntries(spec.fields.map((f) => [f, (touched.has(f) ? checked.errors[f] : undefined) ?? serverErrors[f]]));

  const run = async (work: () => Promise<SaveOutcome | { kind: 'deleted' } | { kind: 'created'; record: ItemRecord }>) => {
    setBusy(true);
    setFailure(undefined);
    try {
      const outcome = await work();
      if (outcome.kind === 'saved' || outcome.kind === 'created') {
        onChanged({ kind: outcome.kind, id: outcome.record.id });
        onClose();
      } else if (outcome.kind === 'deleted') {
        setConfirmingDelete(false);
        onChanged({ kind: 'deleted', itemKind: subject.kind, ref: record?.ref ?? '' });
        onClose();
      } else if (outcome.kind === 'conflict') {
        setConfirmingDelete(false);
        setConflict(outcome.current);
      } else {
        setConfirmingDelete(false);
        setFailure(new ApiProblem(404, t.editor.gone, t.editor.goneDetail));
        onChanged({ kind: 'refreshed' });
      }
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  const save = () => {
    setTouched(new Set(spec.fields));
    if (!checked.ok) return;
    if (!record) {
      if (subject.mode === 'create')
        void run(() => createItem(api, spec, subject.parentId, withoutBlanks(mine)).then((created) => ({ kind: 'created' as const, record: created })));
      return;
    }
    const patch = patchOf(spec, base, mine);
    if (Object.keys(patch).length === 0) return onClose();
    void run(() => updateItem(api, spec, record.id, patch, record));
  };

  const title = subject.mode === 'edit' ? t.editor.editTitle(t.kinds[subject.kind], subject.record.ref) : t.editor.addTitle(subject.kind, subject.parentRef);

  return (
    <OverlayDrawer open={open} position="end" size="medium" onOpenChange={(_e, d) => !d.open && onClose()}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label={t.common.close} icon={<DismissRegular />} onClick={onClose} />}>
          {title}
        </DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        {conflict && record ? (
          <ConflictPanel
            spec={spec}
            base={base}
            mine={mine}
            theirs={apiValuesOf(spec, conflict)}
            busy={busy}
            onKeepMine={() => void run(() => updateItem(api, spec, record.id, patchOf(spec, base, mine), conflict))}
            onTakeTheirs={() => {
              setRecord(conflict);
              setValues(spec.fromRecord(conflict, locale));
              setConflict(undefined);
              setTouched(new Set());
              onChanged({ kind: 'refreshed' });
            }}
          />
        ) : (
          <form
            id="item-editor-form"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              save();
            }}
          >
            <ItemFields
              kind={subject.kind}
              values={values}
              errors={errors}
              cycle={cycle}
              officeId={officeId}
              onChange={(field, value) => {
                setValues((v) => ({ ...v, [field]: value }));
                // A milestone's input is one of the target's `milestones`: its problems show there.
                setTouched((s) => new Set(s).add(field.startsWith(MILESTONE_PREFIX) ? 'milestones' : field));
              }}
            />
          </form>
        )}
        {record && subject.kind === 'target' && !conflict && <CheckInHistory targetId={record.id} targetRef={record.ref} />}
        {failure !== undefined && <LoadError error={failure} />}
        {record && (
          <DeleteDialog
            open={confirmingDelete}
            kind={t.kinds[subject.kind]}
            itemRef={record.ref}
            name={nameOf(record)}
            busy={busy}
            onConfirm={() => void run(() => deleteItem(api, spec, record.id, record))}
            onCancel={() => setConfirmingDelete(false)}
          />
        )}
      </DrawerBody>
      {!conflict && (
        <DrawerFooter>
          <Button type="submit" form="item-editor-form" appearance="primary" disabled={busy || (touched.size > 0 && !checked.ok)}>
            {busy ? t.common.saving : t.common.save}
          </Button>
          <Button onClick={onClose}>{t.common.cancel}</Button>
          {record && <DeleteButton disabled={busy} onClick={() => setConfirmingDelete(true)} />}
        </DrawerFooter>
      )}
    </OverlayDrawer>
  );
}

/** How the item is named to the user: its title, or a target's description. */
function nameOf(record: ItemRecord): string {
  return 'description' in record ? record.description : record.title;
}

/** A new item leaves out what the user left blank, so that the API's defaults apply. */
function withoutBlanks(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== ''));
}
