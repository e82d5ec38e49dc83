// The monitoring fields of a target: what kind of figure its indicator is, whether check-ins
// count women and men apart, and the milestone expected by the end of each reporting period
// of the plan's cycle (optional; the target value stays the final one).

import { Caption1, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PeriodSummary } from '../../../contract';
import { DISAGGREGATIONS, INDICATOR_TYPES } from '../../../domain/monitoring';
import { apiPaths } from '../../api/api-paths';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import type { FieldErrors } from '../../forms/validation';
import { useI18n } from '../../i18n/i18n';
import { MILESTONE_PREFIX, type FormValues } from './item-forms';

const useStyles = makeStyles({
  pair: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  // An input's intrinsic width (its size attribute) must not widen its grid cell.
  figure: { width: '100%', minWidth: 0 },
  milestones: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(8rem, 1fr))',
    gap: tokens.spacingHorizontalS,
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface TargetMonitoringFieldsProps {
  values: FormValues;
  errors: FieldErrors;
  /** The plan's cycle, whose periods get a milestone each. */
  cycle?: string;
  onChange(field: string, value: string): void;
}

export function TargetMonitoringFields({ values, errors, cycle, onChange }: TargetMonitoringFieldsProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const { api } = useApp();
  const periods = useResource(
    (signal) => (cycle ? api.get<PeriodSummary[]>(apiPaths.periods(cycle), signal).then((r) => r.body) : Promise.resolve([])),
    [api, cycle],
  );
  const text = (field: string) => {
    const value = values[field];
    return typeof value === 'string' ? value : '';
  };
  return (
    <>
      <div className={styles.pair}>
        <Field label={t.targetMonitoring.indicatorType} validationMessage={errors.indicatorType}>
          <Select value={text('indicatorType')} onChange={(_e, d) => onChange('indicatorType', d.value)}>
            {INDICATOR_TYPES.map((type) => (
              <option key={type} value={type}>
                {t.indicatorType[type]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.targetMonitoring.disaggregation} validationMessage={errors.disaggregation} hint={t.targetMonitoring.disaggregationHint}>
          <Select value={text('disaggregation')} onChange={(_e, d) => onChange('disaggregation', d.value)}>
            {DISAGGREGATIONS.map((d) => (
              <option key={d} value={d}>
                {t.disaggregation[d]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {/* A group of inputs, one per period: a fieldset names them together for assistive technology. */}
      <fieldset className={styles.milestones} aria-describedby="milestones-hint">
        <legend className={styles.legend}>
          <Text weight="semibold">{t.targetMonitoring.milestones}</Text>
        </legend>
        {(periods.data ?? []).map((p) => (
          <Field key={p.id} label={t.targetMonitoring.milestoneOf(p.label)}>
            <Input
              className={styles.figure}
              input={{ size: 1 }}
              inputMode="decimal"
              value={text(MILESTONE_PREFIX + p.id)}
              onChange={(_e, d) => onChange(MILESTONE_PREFIX + p.id, d.value)}
            />
          </Field>
        ))}
      </fieldset>
      <Caption1 id="milestones-hint">
        {periods.data?.length === 0 || periods.error !== undefined ? t.targetMonitoring.noPeriods : t.targetMonitoring.milestonesHint}
      </Caption1>
      {errors.milestones && (
        <Caption1 className={styles.error} role="alert">
          {errors.milestones}
        </Caption1>
      )}
    </>
  );
}
