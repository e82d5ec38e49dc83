// "New work plan": an office (only those the permission table lets the user start a plan for —
// every office for the Gender Unit, her own for a focal point), a cycle and an optional title.
// Checked as you type with the API's own schema; an office that already has a plan in that
// cycle is said before sending (the server refuses it too). On success the new plan opens.

import { Field, Input, Link, Select } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { CycleSummary, Office, PlanSummary, PlanTree } from '../../../contract';
import { planInput } from '../../../domain/schemas';
import { apiPaths } from '../../api/api-paths';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { mayDo } from '../../app/roles';
import { hrefOf } from '../../app/routes';
import { LoadError } from '../../app/StatusViews';
import { FormDialog } from '../../forms/FormDialog';
import { useRecordForm } from '../../forms/use-record-form';
import { optionalText, validate } from '../../forms/validation';
import { useI18n } from '../../i18n/i18n';
import { cycleChoices } from './plan-cycles';

interface PlanForm {
  office: string;
  /** Undefined until the user picks one: the default follows the cycles as they load. */
  cycle: string | undefined;
  title: string;
}

export interface NewPlanDialogProps {
  open: boolean;
  /** The plans the user sees, for the cycles on offer and the "already has a plan" check. */
  plans: readonly PlanSummary[];
  onClose(): void;
  onCreated(plan: PlanTree): void;
}

export function NewPlanDialog({ open, plans, onClose, onCreated }: NewPlanDialogProps) {
  const { t } = useI18n();
  const { api, me } = useApp();
  const offices = useResource((signal) => api.get<Office[]>(apiPaths.offices, signal).then((r) => r.body), [api]);
  const cycles = useResource((signal) => api.get<CycleSummary[]>(apiPaths.cycles, signal).then((r) => r.body), [api]);
  const allowed = useMemo(() => (offices.data ?? []).filter((o) => mayDo(me, 'create-plan', { officeId: o.id })), [offices.data, me]);
  const choices = useMemo(() => cycleChoices([...plans.map((p) => p.cycle), ...(cycles.data ?? []).map((c) => c.code)]), [plans, cycles.data]);
  // A single office is chosen for the user; the cycle defaults to the one after the newest.
  const officeOf = (f: PlanForm) => f.office || (allowed.length === 1 ? (allowed[0]?.code ?? '') : '');
  const cycleOf = (f: PlanForm) => f.cycle ?? choices[0] ?? '';
  const existingOf = (f: PlanForm) => plans.find((p) => p.officeCode === officeOf(f) && p.cycle === cycleOf(f));
  const { form, change, errorOf, submit, busy, failure } = useRecordForm({
    initial: (): PlanForm => ({ office: '', cycle: undefined, title: '' }),
    check: (f: PlanForm) => validate(planInput, { office: officeOf(f), cycle: cycleOf(f), title: optionalText(f.title) ?? undefined }, t),
    send: async (body) => {
      const { body: plan } = await api.send<PlanTree>('POST', apiPaths.plans, { body });
      onCreated(plan);
    },
    blocked: (f) => existingOf(f) !== undefined,
  });
  const chosenOffice = officeOf(form);
  const chosenCycle = cycleOf(form);
  const existing = existingOf(form);

  return (
    <FormDialog
      open={open}
      title={t.planCreate.title}
      action={t.planCreate.create}
      onAction={() => void submit()}
      onClose={onClose}
      busy={busy}
      failure={failure}
      refused={!!existing}
    >
      {offices.error !== undefined && <LoadError error={offices.error} onRetry={offices.reload} />}
      <Field label={t.planCreate.office} required hint={t.planCreate.officeHint} validationMessage={errorOf('office')}>
        <Select value={chosenOffice} onChange={(_e, d) => change('office', d.value)}>
          {allowed.length !== 1 && <option value="">{t.common.choose}</option>}
          {allowed.map((o) => (
            <option key={o.id} value={o.code}>
              {o.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.planCreate.cycle} required hint={t.planCreate.cycleHint} validationMessage={existing ? undefined : errorOf('cycle')}>
        <Select value={chosenCycle} onChange={(_e, d) => change('cycle', d.value)}>
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
        <Input value={form.title} onChange={(_e, d) => change('title', d.value)} />
      </Field>
    </FormDialog>
  );
}
