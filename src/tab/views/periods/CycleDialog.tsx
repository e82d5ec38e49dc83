// A new reporting cycle: its code (the years, as plans name their cycle), optional first and
// last day, periodicity and how long after a period's end its reports are due. Checked as you
// type with the API's own schema; the server creates the periods.

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
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { cycleInput, type CycleSummary } from '../../../contract';
import { PERIODICITIES, type Periodicity } from '../../../domain/monitoring';
import { useApp } from '../../app/app-context';
import { LoadError } from '../../app/StatusViews';
import { optionalText, serverFieldErrors, validate } from '../../forms/validation';
import { useI18n } from '../../i18n/i18n';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
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
  const [form, setForm] = useState<CycleForm>({ code: '', start: '', end: '', periodicity: 'quarterly', reportDueDays: '15' });
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  const input = {
    code: form.code.trim(),
    start: optionalText(form.start) ?? undefined,
    end: optionalText(form.end) ?? undefined,
    periodicity: form.periodicity,
    reportDueDays: form.reportDueDays.trim() === '' ? undefined : Number(form.reportDueDays),
  };
  const checked = validate(cycleInput, input, t);
  const server = serverFieldErrors(failure, t);
  const errorOf = (field: keyof CycleForm) => (touched.has(field) ? checked.errors[field] : undefined) ?? server[field];
  const change = (field: keyof CycleForm, value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    setTouched((s) => new Set(s).add(field));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(new Set(['code', 'start', 'end', 'periodicity', 'reportDueDays']));
    if (!checked.ok) return;
    setBusy(true);
    setFailure(undefined);
    try {
      const { body } = await api.send<CycleSummary>('POST', '/api/cycles', { body: checked.value });
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
            <DialogTitle>{t.periods.createTitle}</DialogTitle>
            <DialogContent className={styles.form}>
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
                <Select value={form.periodicity} onChange={(_e, d) => change('periodicity', d.value)}>
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
              {failure !== undefined && <LoadError error={failure} />}
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={busy}>
                {t.periods.create}
              </Button>
              <Button onClick={onClose}>{t.common.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
