// "New work plan": an office (only those the permission table lets the user start a plan for —
// every office for the Gender Unit, her own for a focal point), a cycle and an optional title.
// Checked as you type with the API's own schema; an office that already has a plan in that
// cycle is said before sending (the server refuses it too). On success the new plan opens.

import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Link,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState, type FormEvent } from 'react';
import type { CycleSummary, Office, PlanSummary, PlanTree } from '../../../contract';
import { planInput } from '../../../domain/schemas';
import { apiPaths } from '../../api/api-paths';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { mayDo } from '../../app/roles';
import { hrefOf } from '../../app/routes';
import { LoadError } from '../../app/StatusViews';
import { optionalText, serverFieldErrors, validate } from '../../forms/validation';
import { useI18n } from '../../i18n/i18n';
import { cycleChoices } from './plan-cycles';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface NewPlanDialogProps {
  open: boolean;
  /** The plans the user sees, for the cycles on offer and the "already has a plan" check. */
  plans: readonly PlanSummary[];
  onClose(): void;
  onCreated(plan: PlanTree): void;
}

export function NewPlanDialog({ open, plans, onClose, onCreated }: NewPlanDialogProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const { api, me } = useApp();
  const offices = useResource((signal) => api.get<Office[]>(apiPaths.offices, signal).then((r) => r.body), [api]);
  const cycles = useResource((signal) => api.get<CycleSummary[]>(apiPaths.cycles, signal).then((r) => r.body), [api]);
  const allowed = useMemo(() => (offices.data ?? []).filter((o) => mayDo(me, 'create-plan', { officeId: o.id })), [offices.data, me]);
  const choices = useMemo(() => cycleChoices([...plans.map((p) => p.cycle), ...(cycles.data ?? []).map((c) => c.code)]), [plans, cycles.data]);
  const [office, setOffice] = useState('');
  const [cycle, setCycle] = useState<string>();
  const [title, setTitle] = useState('');
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  // A single office is chosen for the user; the cycle defaults to the one after the newest.
  const chosenOffice = office || (allowed.length === 1 ? (allowed[0]?.code ?? '') : '');
  const chosenCycle = cycle ?? choices[0] ?? '';
  const checked = validate(planInput, { office: chosenOffice, cycle: chosenCycle, title: optionalText(title) ?? undefined }, t);
  const server = serverFieldErrors(failure, t);
  const existing = plans.find((p) => p.officeCode === chosenOffice && p.cycle === chosenCycle);
  const errorOf = (field: 'office' | 'cycle' | 'title') => (touched ? checked.errors[field] : undefined) ?? server[field];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!checked.ok || existing || busy) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const { body } = await api.send<PlanTree>('POST', apiPaths.plans, { body: checked.value });
      onCreated(body);
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <DialogBody>
            <DialogTitle>{t.planCreate.title}</DialogTitle>
            <DialogContent className={styles.form}>
              {offices.error !== undefined && <LoadError error={offices.error} onRetry={offices.reload} />}
              <Field label={t.planCreate.office} required hint={t.planCreate.officeHint} validationMessage={errorOf('office')}>
                <Select value={chosenOffice} onChange={(_e, d) => setOffice(d.value)}>
                  {allowed.length !== 1 && <option value="">{t.common.choose}</option>}
                  {allowed.map((o) => (
                    <option key={o.id} value={o.code}>
                      {o.name}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t.planCreate.cycle} required hint={t.planCreate.cycleHint} validationMessage={existing ? undefined : errorOf('cycle')}>
                <Select value={chosenCycle} onChange={(_e, d) => setCycle(d.value)}>
                  {choices.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </Select>
              </Field>
              {existing && (
                <Field validationState="warning" validationMessage={t.planCreate.exists(existing.officeName, existing.cycle)}>
                  <Link href={hrefOf({ view: 'plan', planId: existing.id })}>{t.planCreate.openExisting(existing.title)}</Link>
                </Field>
              )}
              <Field label={t.planCreate.planTitle} hint={t.planCreate.titleHint} validationMessage={errorOf('title')}>
                <Input value={title} onChange={(_e, d) => setTitle(d.value)} />
              </Field>
              {failure !== undefined && <LoadError error={failure} />}
            </DialogContent>
            <DialogActions>
              {/* While busy the button keeps focus (a disabled one would drop it out of the dialog). */}
              <Button type="submit" appearance="primary" disabled={!!existing} disabledFocusable={busy}>
                {t.planCreate.create}
              </Button>
              <Button onClick={onClose}>{t.common.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
