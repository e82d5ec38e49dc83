// The quick check-in: status, a value or a percent (women and men for a sex-disaggregated
// target, their total shown and derived, never typed), a note and an evidence link, checked as
// you type with the API's own rules, posted to /api/targets/{id}/checkins; the target's
// earlier check-ins below.

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
import type { TargetStatus, TargetSummary } from '../../../contract';
import { useApp } from '../../app/app-context';
import { LoadError } from '../../app/StatusViews';
import { optionalText, parseLocaleNumber, serverFieldErrors, validate, type FieldErrors } from '../../forms/validation';
import { useI18n } from '../../i18n/i18n';
import { CheckInHistory } from './CheckInHistory';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  sex: { display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'start', '& > *': { minWidth: 0 } },
  // An input's intrinsic width (its size attribute) must not widen its grid cell.
  figure: { width: '100%', minWidth: 0 },
});

interface CheckInForm {
  status: TargetStatus;
  measure: 'percent' | 'value';
  value: string;
  women: string;
  men: string;
  percent: string;
  note: string;
  evidenceUrl: string;
}

export function CheckInDialog({ target, open, onClose, onRecorded }: { target: TargetSummary; open: boolean; onClose: () => void; onRecorded: () => void }) {
  const styles = useStyles();
  const { t, locale, number } = useI18n();
  const { api, catalogue } = useApp();
  const [form, setForm] = useState<CheckInForm>({
    status: target.status,
    measure: 'percent',
    value: '',
    women: '',
    men: '',
    percent: '',
    note: '',
    evidenceUrl: '',
  });
  const bySex = target.disaggregation === 'sex';
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  const input = useMemo(
    () => ({
      status: form.status,
      ...(bySex
        ? { women: parseLocaleNumber(form.women, locale), men: parseLocaleNumber(form.men, locale) }
        : form.measure === 'value'
          ? { value: parseLocaleNumber(form.value, locale) }
          : { percent: parseLocaleNumber(form.percent, locale) }),
      note: optionalText(form.note),
      evidenceUrl: optionalText(form.evidenceUrl),
    }),
    [form, locale, bySex],
  );
  const women = parseLocaleNumber(form.women, locale);
  const men = parseLocaleNumber(form.men, locale);
  const total = women !== null && men !== null && Number.isFinite(women) && Number.isFinite(men) ? women + men : null;
  const checked = validate(checkInInput, input, t);
  const serverErrors: FieldErrors = serverFieldErrors(failure, t);
  const errorOf = (field: string) => (touched.has(field) ? checked.errors[field] : undefined) ?? serverErrors[field];

  const change = (field: keyof CheckInForm, value: string) => {
    setForm((f) => ({ ...f, [field]: value }));
    setTouched((s) => new Set(s).add(field));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(new Set(['status', 'value', 'women', 'men', 'percent', 'note', 'evidenceUrl']));
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
        <form onSubmit={(e) => void submit(e)} noValidate>
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
              {bySex ? (
                <div className={styles.sex}>
                  <Field label={t.checkInSex.women} validationMessage={errorOf('women')}>
                    <Input
                      className={styles.figure}
                      input={{ size: 1 }}
                      inputMode="numeric"
                      value={form.women}
                      onChange={(_e, d) => change('women', d.value)}
                    />
                  </Field>
                  <Field label={t.checkInSex.men} validationMessage={errorOf('men')}>
                    <Input className={styles.figure} input={{ size: 1 }} inputMode="numeric" value={form.men} onChange={(_e, d) => change('men', d.value)} />
                  </Field>
                  <Field label={t.checkInSex.total} hint={t.checkInSex.totalHint}>
                    {/* Derived, never typed. */}
                    <Input className={styles.figure} input={{ size: 1 }} readOnly value={total === null ? '' : number(total)} />
                  </Field>
                </div>
              ) : (
                <>
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
                </>
              )}
              <Field label={t.checkIn.note} validationMessage={errorOf('note')}>
                <Textarea value={form.note} onChange={(_e, d) => change('note', d.value)} resize="vertical" />
              </Field>
              <Field label={t.checkIn.evidence} validationMessage={errorOf('evidenceUrl')} hint={t.checkIn.evidenceHint}>
                <Input type="url" value={form.evidenceUrl} onChange={(_e, d) => change('evidenceUrl', d.value)} />
              </Field>
              {failure !== undefined && <LoadError error={failure} />}
              <CheckInHistory targetId={target.id} targetRef={target.ref} />
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
