// Someone saved the reminder settings while the user was editing them: each setting either of
// them changed, the user's value next to the saved one; keep mine (only my changes are written
// over theirs) or take the saved settings. Nothing is lost without the user seeing it.

import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { PlanStatus } from '../../../contract';
import { useI18n, type I18n } from '../../i18n/i18n';
import { changedPolicyFields, fieldValue, POLICY_FIELDS, weekdays, type PolicyField, type ReminderPolicy } from './policy-form';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '56rem' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
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
  const mineChanged = new Set(changedPolicyFields(base, mine));
  const theirsChanged = new Set(changedPolicyFields(base, theirs));
  const fields = POLICY_FIELDS.filter((f) => mineChanged.has(f) || theirsChanged.has(f));

  return (
    <section className={styles.panel} aria-labelledby="conflict-title">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id="conflict-title">{t.settings.conflictTitle}</MessageBarTitle>
          {t.conflict.explanation}
        </MessageBarBody>
      </MessageBar>
      <Table aria-labelledby="conflict-title" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.conflict.field}</TableHeaderCell>
            <TableHeaderCell>{t.conflict.yours}</TableHeaderCell>
            <TableHeaderCell>{t.conflict.saved}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {fields.map((field) => (
            <TableRow key={field}>
              <TableCell>
                {fieldLabel(field, i18n)}{' '}
                {mineChanged.has(field) && theirsChanged.has(field) && (
                  <Badge appearance="tint" color="danger">
                    {t.conflict.both}
                  </Badge>
                )}
              </TableCell>
              <TableCell>
                {shown(field, fieldValue(mine, field), i18n)}
                {mineChanged.has(field) && <span> ({t.conflict.changedByYou})</span>}
              </TableCell>
              <TableCell>
                {shown(field, fieldValue(theirs, field), i18n)}
                {theirsChanged.has(field) && <span> ({t.conflict.changedByOthers})</span>}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={onKeepMine}>
          {t.conflict.keepMine}
        </Button>
        <Button disabled={busy} onClick={onTakeTheirs}>
          {t.conflict.takeTheirs}
        </Button>
      </div>
    </section>
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
