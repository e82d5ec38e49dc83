// Someone saved the scorecard criteria while the user was editing them: each threshold or
// switch either of them changed, the user's value next to the saved one, in the one conflict
// table of the tab (ConflictComparison); keep mine (only my changes go over theirs) or take theirs.

import { makeStyles } from '@fluentui/react-components';
import type { Criterion } from '../../../contract';
import { CRITERION_RULES } from '../../../domain/scorecard-criteria';
import { ConflictComparison } from '../../forms/ConflictComparison';
import { useI18n, type I18n } from '../../i18n/i18n';
import { changedCriterionFields, CRITERION_FIELDS, criterionValue, type CriterionField } from './criteria-form';
import { settingConflictRows } from './setting-conflict';

const useStyles = makeStyles({
  panel: { maxWidth: '56rem' },
});

export interface CriteriaConflictProps {
  base: readonly Criterion[];
  mine: readonly Record<string, unknown>[];
  theirs: readonly Criterion[];
  busy: boolean;
  onKeepMine(): void;
  onTakeTheirs(): void;
}

export function CriteriaConflict({ base, mine, theirs, busy, onKeepMine, onTakeTheirs }: CriteriaConflictProps) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const rows = settingConflictRows({
    fields: CRITERION_FIELDS,
    changedByMe: changedCriterionFields(base, mine),
    changedByThem: changedCriterionFields(base, theirs),
    keyOf: (f) => `${f.id}.${f.field}`,
    describe: (field) => ({
      label: t.criteriaSettings.fieldLabel(t.criterion[field.id], fieldName(field, i18n)),
      mine: shown(field, criterionValue(mine, field), i18n),
      theirs: shown(field, criterionValue(theirs, field), i18n),
    }),
  });

  return (
    <ConflictComparison
      className={styles.panel}
      titleId="criteria-conflict-title"
      texts={{ ...t.conflict, title: t.criteriaSettings.conflictTitle }}
      rows={rows}
      busy={busy}
      onKeepMine={onKeepMine}
      onTakeTheirs={onTakeTheirs}
    />
  );
}

function fieldName({ id, field }: CriterionField, { t }: I18n): string {
  return field === 'enabled' ? t.criteriaSettings.used : t.criteriaSettings.threshold[CRITERION_RULES[id].better][field];
}

/** A value in words: yes or no, a figure with its unit. */
function shown({ id, field }: CriterionField, value: unknown, { t, number, percent }: I18n): string {
  if (field === 'enabled') return value === true ? t.criteriaSettings.yes : t.criteriaSettings.no;
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  const unit = CRITERION_RULES[id].unit;
  return unit === 'percent' ? percent(value) : `${number(value)} ${t.criteriaSettings.unit[unit]}`;
}
