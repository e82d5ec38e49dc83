// Recording a workshop or changing one: kind (pilot or office; fixed once recorded), the
// offices taking part, first and last day (two days unless said otherwise), venue, facilitators
// chosen with the people picker (shown by name), status and, for the pilot, lessons learnt.
// Checked as you type with the API's own schemas; a change goes with the workshop's ETag.

import {
  Button,
  Caption1,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import type { Office, WorkshopView } from '../../../contract';
import { workshopInput, workshopPatch } from '../../../domain/process-inputs';
import { WORKSHOP_KINDS, WORKSHOP_STATUSES, type WorkshopKind, type WorkshopStatus } from '../../../domain/process';
import { ApiProblem, etagOf } from '../../api/api-client';
import { apiPaths } from '../../api/api-paths';
import { useApp } from '../../app/app-context';
import { mayDo } from '../../app/roles';
import { LoadError } from '../../app/StatusViews';
import { optionalText, serverFieldErrors, validate } from '../../forms/validation';
import { useI18n } from '../../i18n/i18n';
import { PeoplePicker } from '../../people/PeoplePicker';
import { usePersonNames } from '../../people/use-person-names';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
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
  const [form, setForm] = useState<WorkshopForm>(() => ({
    kind: workshop?.kind ?? 'office',
    offices: workshop ? workshop.offices.map((o) => o.code) : allowed.length === 1 ? allowed.map((o) => o.code) : [],
    start: workshop?.start ?? '',
    end: workshop?.end ?? '',
    venue: workshop?.venue ?? '',
    facilitators: workshop ? [...workshop.facilitators] : [],
    status: workshop?.status ?? 'planned',
    lessonsLearnt: workshop?.lessonsLearnt ?? '',
  }));
  const [adding, setAdding] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const nameOf = usePersonNames(form.facilitators);

  const fields = {
    offices: form.offices,
    start: form.start,
    end: optionalText(form.end) ?? undefined,
    venue: optionalText(form.venue),
    facilitators: form.facilitators,
    status: form.status,
    lessonsLearnt: optionalText(form.lessonsLearnt),
  };
  const checked = workshop ? validate(workshopPatch, fields, t) : validate(workshopInput, { kind: form.kind, ...fields }, t);
  const server = serverFieldErrors(failure, t);
  const errorOf = (field: keyof WorkshopForm) => (touched ? checked.errors[field] : undefined) ?? server[field];
  const change = <K extends keyof WorkshopForm>(field: K, value: WorkshopForm[K]) => setForm((f) => ({ ...f, [field]: value }));
  const toggleOffice = (code: string, on: boolean) => change('offices', on ? [...form.offices, code] : form.offices.filter((c) => c !== code));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!checked.ok || busy) return;
    setBusy(true);
    setFailure(undefined);
    try {
      if (workshop) await api.send('PATCH', apiPaths.workshop(workshop.id), { body: checked.value, ifMatch: etagOf(workshop) });
      else await api.send('POST', apiPaths.workshops, { body: checked.value });
      onSaved(!workshop);
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 412) onStale();
      setFailure(error);
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <DialogBody>
            <DialogTitle>{workshop ? t.workshops.dialogEdit : t.workshops.dialogNew}</DialogTitle>
            <DialogContent className={styles.form}>
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
                    <Checkbox
                      key={o.id}
                      label={o.name}
                      checked={form.offices.includes(o.code)}
                      onChange={(_e, d) => toggleOffice(o.code, d.checked === true)}
                    />
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
              {failure instanceof ApiProblem && failure.status === 412 && <Text role="alert">{t.workshops.stale}</Text>}
              {failure !== undefined && <LoadError error={failure} />}
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabledFocusable={busy}>
                {t.common.save}
              </Button>
              <Button onClick={onClose}>{t.common.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
