// The reminder policy's settings in a Gender Advisor's words: day counts, working days as
// weekday checkboxes, the hours and time zone reminders go out in, and which plans count.

import { Checkbox, Field, Input, Select, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { PLAN_STATUSES } from '../../../domain/catalogues';
import type { FieldErrors } from '../../forms/validation';
import { useI18n } from '../../i18n/i18n';
import { timeZoneChoices, weekdays, type DayField, type PolicyForm } from './policy-form';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '52rem' },
  pair: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(12rem, 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  days: { maxWidth: '8rem' },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  boxes: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface ReminderPolicyFieldsProps {
  form: PolicyForm;
  errors: FieldErrors;
  onChange(change: Partial<PolicyForm>): void;
}

const HOURS = Array.from({ length: 25 }, (_, h) => h);

export function ReminderPolicyFields({ form, errors, onChange }: ReminderPolicyFieldsProps) {
  const styles = useStyles();
  const { t, locale } = useI18n();
  const s = t.settings;
  const days = weekdays(locale);
  const dayField = (field: DayField, hint?: string) => (
    <Field label={s[field]} hint={hint} validationMessage={errors[field]}>
      <Input
        className={styles.days}
        type="number"
        inputMode="numeric"
        min={field === 'dueSoonDays' ? 0 : 1}
        value={form.days[field]}
        onChange={(_e, d) => onChange({ days: { ...form.days, [field]: d.value } })}
        contentAfter={<Text aria-hidden>{s.days}</Text>}
      />
    </Field>
  );
  const toggle = <T,>(list: readonly T[], value: T, on: boolean) => (on ? [...list.filter((x) => x !== value), value] : list.filter((x) => x !== value));

  return (
    <>
      <section className={styles.section} aria-labelledby="settings-owners">
        <Title3 as="h2" id="settings-owners">
          {s.owners}
        </Title3>
        {dayField('dueSoonDays', s.dueSoonHint)}
        {dayField('overdueEveryDays')}
      </section>
      <section className={styles.section} aria-labelledby="settings-escalation">
        <Title3 as="h2" id="settings-escalation">
          {s.escalation}
        </Title3>
        {dayField('escalateToFocalPointAfterDays')}
        {dayField('escalateToGenderUnitAfterDays', s.escalateHint)}
        {dayField('reviewWaitingDays')}
      </section>
      <section className={styles.section} aria-labelledby="settings-reports">
        <Title3 as="h2" id="settings-reports">
          {s.reports}
        </Title3>
        {dayField('reportDueSoonDays', s.dueSoonHint)}
        {dayField('reportLateEscalateAfterDays')}
      </section>
      <section className={styles.section} aria-labelledby="settings-when">
        <Title3 as="h2" id="settings-when">
          {s.when}
        </Title3>
        <fieldset className={styles.fieldset} aria-describedby="working-days-hint working-days-error">
          <legend className={styles.legend}>{s.workingDays}</legend>
          <div className={styles.boxes}>
            {days.map(({ day, name }) => (
              <Checkbox
                key={day}
                label={name}
                checked={form.workingDays.includes(day)}
                onChange={(_e, d) => onChange({ workingDays: toggle(form.workingDays, day, d.checked === true) })}
              />
            ))}
          </div>
          <Text id="working-days-hint" size={200}>
            {s.workingDaysHint}
          </Text>
          <Text id="working-days-error" className={styles.error} size={200} role="alert">
            {errors.workingDays ?? ''}
          </Text>
        </fieldset>
        <div className={styles.pair}>
          <Field label={s.startHour} hint={s.sendWindowHint} validationMessage={errors['sendWindow.startHour']}>
            <Select value={String(form.startHour)} onChange={(_e, d) => onChange({ startHour: Number(d.value) })}>
              {HOURS.slice(0, 24).map((h) => (
                <option key={h} value={h}>
                  {s.hour(h)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={s.endHour} validationMessage={errors['sendWindow.endHour']}>
            <Select value={String(form.endHour)} onChange={(_e, d) => onChange({ endHour: Number(d.value) })}>
              {HOURS.slice(1).map((h) => (
                <option key={h} value={h}>
                  {s.hour(h)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Field label={s.timeZone} validationMessage={errors.defaultTimeZone}>
          <Select value={form.defaultTimeZone} onChange={(_e, d) => onChange({ defaultTimeZone: d.value })}>
            {timeZoneChoices(form.defaultTimeZone).map((zone) => (
              <option key={zone}>{zone}</option>
            ))}
          </Select>
        </Field>
        <Field label={s.digestWeekday} validationMessage={errors.digestWeekday}>
          <Select value={String(form.digestWeekday)} onChange={(_e, d) => onChange({ digestWeekday: Number(d.value) })}>
            {days.map(({ day, name }) => (
              <option key={day} value={day}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <fieldset className={styles.fieldset} aria-describedby="plan-statuses-error">
          <legend className={styles.legend}>{s.planStatuses}</legend>
          <div className={styles.boxes}>
            {PLAN_STATUSES.map((status) => (
              <Checkbox
                key={status}
                label={t.planStatus[status]}
                checked={form.planStatuses.includes(status)}
                onChange={(_e, d) => onChange({ planStatuses: toggle(form.planStatuses, status, d.checked === true) })}
              />
            ))}
          </div>
          <Text id="plan-statuses-error" className={styles.error} size={200} role="alert">
            {errors.planStatuses ?? ''}
          </Text>
        </fieldset>
      </section>
    </>
  );
}
