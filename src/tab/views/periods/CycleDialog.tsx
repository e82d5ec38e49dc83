// A new reporting cycle: its code (the years, as plans name their cycle), optional first and
// last day, periodicity and how long after a period's end its reports are due. Checked as you
// type with the API's own schema; the server creates the periods.

import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { cycleInput, type CycleSummary } from '../../../contract';
import { PERIODICITIES, type Periodicity } from '../../../domain/monitoring';
import { useApp } from '../../app/app-context';
import { FormDialog } from '../../forms/FormDialog';
import { useRecordForm } from '../../forms/use-record-form';
import { optionalText, validate } from '../../forms/validation';
import { useI18n } from '../../i18n/i18n';

const useStyles = makeStyles({
  pair: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalM },
});

interface CycleForm {
  code: string;
  start: string;
  end: string;
  periodicity: Periodicity;
  reportDueDays: string;
}

export function CycleDialog({ open, onClose, onCreated }: { open: boolean; onClose(): void; onCreated(cycle: CycleSummary): void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { api } = useApp();
  // A field's problem shows as soon as that field is changed, not only after Create.
  const { form, change, errorOf, submit, busy, failure } = useRecordForm({
    initial: (): CycleForm => ({ code: '', start: '', end: '', periodicity: 'quarterly', reportDueDays: '15' }),
    check: (f: CycleForm) =>
      validate(
        cycleInput,
        {
          code: f.code.trim(),
          start: optionalText(f.start) ?? undefined,
          end: optionalText(f.end) ?? undefined,
          periodicity: f.periodicity,
          reportDueDays: f.reportDueDays.trim() === '' ? undefined : Number(f.reportDueDays),
        },
        t,
      ),
    send: async (body) => {
      const { body: cycle } = await api.send<CycleSummary>('POST', '/api/cycles', { body });
      onCreated(cycle);
    },
    showErrors: 'as-changed',
  });

  return (
    <FormDialog
      open={open}
      title={t.periods.createTitle}
      action={t.periods.create}
      onAction={() => void submit()}
      onClose={onClose}
      busy={busy}
      failure={failure}
    >
      <Field label={t.periods.code} required hint={t.periods.codeHint} validationMessage={errorOf('code')}>
        <Input value={form.code} onChange={(_e, d) => change('code', d.value)} />
      </Field>
      <div className={styles.pair}>
        <Field label={t.periods.start} validationMessage={errorOf('start')} hint={t.periods.startEndHint}>
          <Input type="date" value={form.start} onChange={(_e, d) => change('start', d.value)} />
        </Field>
        <Field label={t.periods.end} validationMessage={errorOf('end')}>
          <Input type="date" value={form.end} onChange={(_e, d) => change('end', d.value)} />
        </Field>
      </div>
      <Field label={t.periods.periodicity} validationMessage={errorOf('periodicity')}>
        <Select value={form.periodicity} onChange={(_e, d) => change('periodicity', PERIODICITIES.find((p) => p === d.value) ?? form.periodicity)}>
          {PERIODICITIES.map((p) => (
            <option key={p} value={p}>
              {t.periodicity[p]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.periods.reportDueDays} validationMessage={errorOf('reportDueDays')}>
        <Input type="number" min={0} max={365} value={form.reportDueDays} onChange={(_e, d) => change('reportDueDays', d.value)} />
      </Field>
    </FormDialog>
  );
}
