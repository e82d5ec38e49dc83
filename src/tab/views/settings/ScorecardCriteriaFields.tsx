// The scorecard criteria in the Gender Advisor's words: one group per criterion with what it
// measures, its unit and which way is better, a switch to use it or not, and the three
// thresholds from which an office approaches, meets and exceeds requirements.

import { Field, Input, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CRITERION_RULES } from '../../../domain/scorecard-criteria';
import type { FieldErrors } from '../../forms/validation';
import { useI18n } from '../../i18n/i18n';
import { errorKey, THRESHOLDS, type CriterionRow, type Threshold } from './criteria-form';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '72rem' },
  criterion: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: { padding: `0 ${tokens.spacingHorizontalXS}`, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  // What it measures beside its thresholds on a wide screen; one above the other on a narrow one.
  body: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 22rem), 1fr))',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
  },
  about: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  description: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  direction: { color: tokens.colorNeutralForeground2 },
  thresholds: { display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  input: { width: '100%', maxWidth: '10rem' },
});

export interface ScorecardCriteriaFieldsProps {
  rows: readonly CriterionRow[];
  errors: FieldErrors;
  onChange(index: number, row: CriterionRow): void;
}

export function ScorecardCriteriaFields({ rows, errors, onChange }: ScorecardCriteriaFieldsProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const c = t.criteriaSettings;

  return (
    <div className={styles.list}>
      {rows.map((row, index) => {
        const rule = CRITERION_RULES[row.id];
        const about = `criterion-${row.id}-about`;
        const threshold = (field: Threshold) => (
          <Field key={field} label={c.threshold[rule.better][field]} validationMessage={errors[errorKey(index, field)]}>
            <Input
              className={styles.input}
              value={row.thresholds[field]}
              onChange={(_e, d) => onChange(index, { ...row, thresholds: { ...row.thresholds, [field]: d.value } })}
              contentAfter={<Text aria-hidden>{c.unit[rule.unit]}</Text>}
            />
          </Field>
        );
        return (
          <fieldset key={row.id} className={styles.criterion} aria-describedby={about} data-criterion={row.id}>
            <legend className={styles.legend}>{t.criterion[row.id]}</legend>
            <div className={styles.body}>
              <div className={styles.about}>
                <div id={about} className={styles.description}>
                  <Text>{t.criterionMeasure[row.id]}</Text>
                  <Text size={200} className={styles.direction}>
                    {`${c.unitName[rule.unit]}; ${c.direction[rule.better]}`}
                  </Text>
                </div>
                <Switch label={c.used} checked={row.enabled} onChange={(_e, d) => onChange(index, { ...row, enabled: d.checked })} />
                {!row.enabled && <Text size={200}>{c.notUsed}</Text>}
              </div>
              {/* Kept while unused, so that switching it back on brings its thresholds back. */}
              <div className={styles.thresholds}>{THRESHOLDS.map(threshold)}</div>
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
