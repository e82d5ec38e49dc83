// Recording a workshop or changing one: kind (pilot or office; fixed once recorded), the
// offices taking part, first and last day (two days unless said otherwise), venue, facilitators
// chosen with the people picker (shown by name), status and, for the pilot, lessons learnt.
// Checked as you type with the API's own schemas; a change goes with the workshop's ETag.

import { Button, Caption1, Checkbox, Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Office, WorkshopView } from '../../../contract';
import { workshopInput, workshopPatch } from '../../../domain/process-inputs';
import { WORKSHOP_KINDS, WORKSHOP_STATUSES, type WorkshopKind, type WorkshopStatus } from '../../../domain/process';
import { apiPaths } from '../../api/api-paths';
import { useApp } from '../../app/app-context';
import { mayDo } from '../../app/roles';
import { FormDialog } from '../../forms/FormDialog';
import { sendRecord, useRecordForm } from '../../forms/use-record-form';
import { optionalText, validate } from '../../forms/validation';
import { useI18n } from '../../i18n/i18n';
import { PeoplePicker } from '../../people/PeoplePicker';
import { usePersonNames } from '../../people/use-person-names';

const useStyles = makeStyles({
  pair: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalM },
  offices: { display: 'flex', flexDirection: 'column' },
  people: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyle: 'none' },
});

interface WorkshopForm {
  kind: WorkshopKind;
  offices: string[];
  start: string;
  end: string;
  venue: string;
  facilitators: string[];
  status: WorkshopStatus;
  lessonsLearnt: string;
}

/** The day after a calendar date (YYYY-MM-DD), in UTC as the API means dates. */
export function dayAfter(day: string): string {
  const next = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(next.getTime())) return '';
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

export interface WorkshopDialogProps {
  open: boolean;
  workshop?: WorkshopView;
  offices: readonly Office[];
  onClose(): void;
  onSaved(created: boolean): void;
  onStale(): void;
}

export function WorkshopDialog({ open, workshop, offices, onClose, onSaved, onStale }: WorkshopDialogProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const { api, me } = useApp();
  const mayPilot = mayDo(me, 'manage-process');
  const allowed = offices.filter((o) => mayDo(me, 'manage-process', { officeId: o.id }));
  const [adding, setAdding] = useState('');
  const { form, change, errorOf, submit, busy, failure } = useRecordForm({
    initial: (): WorkshopForm => ({
      kind: workshop?.kind ?? 'office',
      offices: workshop ? workshop.offices.map((o) => o.code) : allowed.length === 1 ? allowed.map((o) => o.code) : [],
      start: workshop?.start ?? '',
      end: workshop?.end ?? '',
      venue: workshop?.venue ?? '',
      facilitators: workshop ? [...workshop.facilitators] : [],
      status: workshop?.status ?? 'planned',
      lessonsLearnt: workshop?.lessonsLearnt ?? '',
    }),
    check: (f: WorkshopForm) => {
      const fields = {
        offices: f.offices,
        start: f.start,
        end: optionalText(f.end) ?? undefined,
        venue: optionalText(f.venue),
        facilitators: f.facilitators,
        status: f.status,
        lessonsLearnt: optionalText(f.lessonsLearnt),
      };
      return workshop ? validate(workshopPatch, fields, t) : validate(workshopInput, { kind: f.kind, ...fields }, t);
    },
    send: async (body, ifMatch) => {
      await sendRecord(api, workshop, { collection: apiPaths.workshops, item: apiPaths.workshop }, body, ifMatch);
      onSaved(!workshop);
    },
    onStale,
  });
  const nameOf = usePersonNames(form.facilitators);

  const toggleOffice = (code: string, on: boolean) => change('offices', on ? [...form.offices, code] : form.offices.filter((c) => c !== code));

  return (
    <FormDialog
      open={open}
      title={workshop ? t.workshops.dialogEdit : t.workshops.dialogNew}
      action={t.common.save}
      onAction={() => void submit()}
      onClose={onClose}
      busy={busy}
      failure={failure}
      staleText={t.workshops.stale}
    >
      <Field label={t.workshops.kind}>
        <Select value={form.kind} disabled={!!workshop} onChange={(_e, d) => change('kind', d.value === 'pilot' ? 'pilot' : 'office')}>
          {WORKSHOP_KINDS.filter((k) => k === 'office' || mayPilot || workshop?.kind === k).map((k) => (
            <option key={k} value={k}>
              {t.workshopKind[k]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.workshops.offices} hint={t.workshops.officesHint} validationMessage={errorOf('offices')}>
        <div className={styles.offices} role="group" aria-label={t.workshops.offices}>
          {allowed.map((o) => (
            <Checkbox key={o.id} label={o.name} checked={form.offices.includes(o.code)} onChange={(_e, d) => toggleOffice(o.code, d.checked === true)} />
          ))}
        </div>
      </Field>
      <div className={styles.pair}>
        <Field label={t.workshops.start} required validationMessage={errorOf('start')}>
          <Input type="date" value={form.start} onChange={(_e, d) => change('start', d.value)} />
        </Field>
        <Field label={t.workshops.end} hint={t.workshops.endHint} validationMessage={errorOf('end')}>
          <Input type="date" value={form.end || (form.start ? dayAfter(form.start) : '')} onChange={(_e, d) => change('end', d.value)} />
        </Field>
      </div>
      <Field label={t.workshops.venue} validationMessage={errorOf('venue')}>
        <Input value={form.venue} onChange={(_e, d) => change('venue', d.value)} />
      </Field>
      <Field label={t.workshops.facilitators} validationMessage={errorOf('facilitators')}>
        {form.facilitators.length === 0 ? (
          <Caption1>{t.workshops.noFacilitator}</Caption1>
        ) : (
          <ul className={styles.people}>
            {form.facilitators.map((email) => (
              <li key={email}>
                <Button
                  size="small"
                  icon={<DismissRegular />}
                  iconPosition="after"
                  aria-label={t.workshops.removeFacilitator(nameOf(email))}
                  onClick={() =>
                    change(
                      'facilitators',
                      form.facilitators.filter((f) => f !== email),
                    )
                  }
                >
                  {nameOf(email)}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </Field>
      <Field label={t.workshops.addFacilitator}>
        <PeoplePicker
          value={adding}
          onChange={(email) => {
            if (email && !form.facilitators.includes(email)) change('facilitators', [...form.facilitators, email]);
            // The picker empties again, ready for the next person.
            setAdding(email ? '' : email);
          }}
        />
      </Field>
      <Field label={t.workshops.status} validationMessage={errorOf('status')}>
        <Select value={form.status} onChange={(_e, d) => change('status', WORKSHOP_STATUSES.find((s) => s === d.value) ?? form.status)}>
          {WORKSHOP_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t.workshopStatus[s]}
            </option>
          ))}
        </Select>
      </Field>
      {form.kind === 'pilot' && (
        <Field label={t.workshops.lessonsLearnt} hint={t.workshops.lessonsHint} validationMessage={errorOf('lessonsLearnt')}>
          <Textarea value={form.lessonsLearnt} onChange={(_e, d) => change('lessonsLearnt', d.value)} resize="vertical" />
        </Field>
      )}
    </FormDialog>
  );
}
