// The quick check-in: status, a value or a percent, a note and an evidence link, checked as
// you type with the API's own rules, posted to /api/targets/{id}/checkins.

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
  Radio,
  RadioGroup,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState, type FormEvent } from 'react';
import { checkInInput } from '../../../domain/schemas';
import type { TargetStatus, TargetSummary } from '../../api/api-types';
import { useApp } from '../../app/app-context';
import { LoadError } from '../../app/StatusViews';
import { optionalText, parseLocaleNumber, serverFieldErrors, validate, type FieldErrors } from '../../forms/validation';
import { useI18n } from '../../i18n/i18n';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

interface CheckInForm {
  status: TargetStatus;
  measure: 'percent' | 'value';
  value: string;
  percent: string;
  note: string;
  evidenceUrl: string;
}

export function CheckInDialog({ target, open, onClose, onRecorded }: { target: TargetSummary; open: boolean; onClose: () => void; onRecorded: () => void }) {
  const styles = useStyles();
  const { t, locale, number } = useI18n();
  const { api, catalogue } = useApp();
  const [form, setForm] = useState<CheckInForm>({ status: target.status, measure: 'percent', value: '', percent: '', note: '', evidenceUrl: '' });
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  const input = useMemo(
    () => ({
      status: form.status,
      ...(form.measure === 'value' ? { value: parseLocaleNumber(form.value, locale) } : { percent: parseLocaleNumber(form.percent, locale) }),
      note: optionalText(form.note),
      evidenceUrl: optionalText(form.evidenceUrl),
    }),
    [form, locale],
  );
  const checked = validate(checkInInput, input, t);
  const serverErrors: FieldErrors = serverFieldErrors(failure, t);
  const errorOf = (field: string) => (touched.has(field) ? checked.errors[field] : undefined) ?? serverErrors[field];

  const change = (field: keyof CheckInForm, value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    setTouched((s) => new Set(s).add(field));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(new Set(['status', 'value', 'percent', 'note', 'evidenceUrl']));
    if (!checked.ok) return;
    setSaving(true);
    setFailure(undefined);
    try {
      await api.send(`POST`, `/api/targets/${encodeURIComponent(target.id)}/checkins`, { body: checked.value });
      onRecorded();
    } catch (error) {
      setFailure(error);
      setSaving(false);
    }
  };

  return (
    <Dialog open={open} onOpenChange={(_e, data) => !data.open && onClose()}>
      <DialogSurface>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{t.checkIn.title(target.ref)}</DialogTitle>
            <DialogContent className={styles.form}>
              <Field label={t.checkIn.status} validationMessage={errorOf('status')}>
                <Select value={form.status} onChange={(_e, d) => change('status', d.value)}>
                  {catalogue.targetStatuses.map((s) => (
                    <option key={s} value={s}>
                      {t.targetStatus[s]}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t.checkIn.measure}>
                <RadioGroup layout="horizontal" value={form.measure} onChange={(_e, d) => change('measure', d.value)}>
                  <Radio value="percent" label={t.checkIn.byPercent} />
                  <Radio value="value" label={t.checkIn.byValue} />
                </RadioGroup>
              </Field>
              {form.measure === 'percent' ? (
                <Field label={t.checkIn.percent} validationMessage={errorOf('percent')} hint={t.checkIn.percentHint}>
                  <Input inputMode="decimal" value={form.percent} onChange={(_e, d) => change('percent', d.value)} contentAfter="%" />
                </Field>
              ) : (
                <Field
                  label={t.checkIn.value}
                  validationMessage={errorOf('value')}
                  hint={t.checkIn.valueHint(number(target.baseline ?? 0), target.targetValue == null ? null : number(target.targetValue), target.unit)}
                >
                  <Input inputMode="decimal" value={form.value} onChange={(_e, d) => change('value', d.value)} />
                </Field>
              )}
              <Field label={t.checkIn.note} validationMessage={errorOf('note')}>
                <Textarea value={form.note} onChange={(_e, d) => change('note', d.value)} resize="vertical" />
              </Field>
              <Field label={t.checkIn.evidence} validationMessage={errorOf('evidenceUrl')} hint={t.checkIn.evidenceHint}>
                <Input type="url" value={form.evidenceUrl} onChange={(_e, d) => change('evidenceUrl', d.value)} />
              </Field>
              {failure !== undefined && <LoadError error={failure} />}
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={saving || !checked.ok}>
                {saving ? t.common.saving : t.checkIn.record}
              </Button>
              <Button onClick={onClose}>{t.common.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
