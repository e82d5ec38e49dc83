// Someone saved the reminder settings while the user was editing them: each setting either of
// them changed, the user's value next to the saved one; keep mine (only my changes are written
// over theirs) or take the saved settings. Nothing is lost without the user seeing it.

import { makeStyles } from '@fluentui/react-components';
import type { PlanStatus } from '../../../contract';
import { ConflictComparison } from '../../forms/ConflictComparison';
import { useI18n, type I18n } from '../../i18n/i18n';
import { changedPolicyFields, fieldValue, POLICY_FIELDS, weekdays, type PolicyField, type ReminderPolicy } from './policy-form';
import { settingConflictRows } from './setting-conflict';

const useStyles = makeStyles({
  panel: { maxWidth: '56rem' },
});

export interface PolicyConflictProps {
  base: ReminderPolicy;
  mine: Record<string, unknown>;
  theirs: ReminderPolicy;
  busy: boolean;
  onKeepMine(): void;
  onTakeTheirs(): void;
}

export function PolicyConflict({ base, mine, theirs, busy, onKeepMine, onTakeTheirs }: PolicyConflictProps) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const rows = settingConflictRows({
    fields: POLICY_FIELDS,
    changedByMe: changedPolicyFields(base, mine),
    changedByThem: changedPolicyFields(base, theirs),
    keyOf: (field) => field,
    describe: (field) => ({
      label: fieldLabel(field, i18n),
      mine: shown(field, fieldValue(mine, field), i18n),
      theirs: shown(field, fieldValue(theirs, field), i18n),
    }),
  });

  return (
    <ConflictComparison
      className={styles.panel}
      titleId="conflict-title"
      texts={{ ...t.conflict, title: t.settings.conflictTitle }}
      rows={rows}
      busy={busy}
      onKeepMine={onKeepMine}
      onTakeTheirs={onTakeTheirs}
    />
  );
}

function fieldLabel(field: PolicyField, { t }: I18n): string {
  if (field === 'sendWindow.startHour') return t.settings.startHour;
  if (field === 'sendWindow.endHour') return t.settings.endHour;
  if (field === 'defaultTimeZone') return t.settings.timeZone;
  return t.settings[field];
}

/** A setting's value in words: weekday names, hours, plan statuses. */
function shown(field: PolicyField, value: unknown, { t, locale, number }: I18n): string {
  const names = new Map(weekdays(locale).map((d) => [d.day, d.name]));
  const isPlanStatus = (s: unknown): s is PlanStatus => typeof s === 'string' && s in t.planStatus;
  if (field === 'workingDays' && Array.isArray(value))
    return [...value]
      .sort()
      .map((d) => names.get(Number(d)) ?? String(d))
      .join(', ');
  if (field === 'digestWeekday') return names.get(Number(value)) ?? String(value);
  if (field === 'planStatuses' && Array.isArray(value)) return value.map((s) => (isPlanStatus(s) ? t.planStatus[s] : String(s))).join(', ');
  if (field === 'sendWindow.startHour' || field === 'sendWindow.endHour') return t.settings.hour(Number(value));
  if (typeof value === 'number') return Number.isFinite(value) ? `${number(value)} ${t.settings.days}` : '—';
  return value === undefined || value === null ? '—' : String(value);
}
