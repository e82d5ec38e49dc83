// The fields of each kind of plan item, with the catalogues' pickers (pillar, SCR 1325
// paragraphs, functional area) and each field's problem shown as the user types.

import { Dropdown, Field, Input, Option, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useApp } from '../../app/app-context';
import type { FieldErrors } from '../../forms/validation';
import { useI18n } from '../../i18n/i18n';
import { PeoplePicker } from '../../people/PeoplePicker';
import { FindingsPicker } from './FindingsPicker';
import type { FormValues, ItemKind } from './item-forms';
import { TargetMonitoringFields } from './TargetMonitoringFields';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  pair: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalM },
});

export interface ItemFieldsProps {
  kind: ItemKind;
  values: FormValues;
  errors: FieldErrors;
  /** The plan's cycle: a target gets a milestone field per period of it. */
  cycle?: string;
  /** The plan's office: an objective cites its findings (and the department-wide ones). */
  officeId?: string;
  onChange(field: string, value: string | number[] | string[]): void;
}

export function ItemFields(props: ItemFieldsProps) {
  const styles = useStyles();
  return (
    <div className={styles.fields}>
      {props.kind === 'objective' && <ObjectiveFields {...props} />}
      {props.kind === 'activity' && <ActivityFields {...props} />}
      {props.kind === 'target' && <TargetFields {...props} />}
    </div>
  );
}

const str = (values: FormValues, field: string) => (typeof values[field] === 'string' ? values[field] : '');

function ObjectiveFields({ values, errors, officeId, onChange }: ItemFieldsProps) {
  const { t } = useI18n();
  const { catalogue } = useApp();
  const chosen = (values.paragraphs as number[]).map(String);
  const paragraphLabel = (n: number) => t.targetRow.paragraph(n, t.paragraph[n - 1] ?? catalogue.paragraphs.find((p) => p.number === n)?.title ?? '');
  return (
    <>
      <Field label={t.fields.title} required validationMessage={errors.title}>
        <Textarea value={str(values, 'title')} onChange={(_e, d) => onChange('title', d.value)} resize="vertical" />
      </Field>
      <Field label={t.fields.pillar} required validationMessage={errors.pillar}>
        <Select value={str(values, 'pillar')} onChange={(_e, d) => onChange('pillar', d.value)}>
          <option value="">{t.common.choose}</option>
          {catalogue.pillars.map((p) => (
            <option key={p.code} value={p.code}>
              {t.pillar[p.code]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.fields.paragraphs} required validationMessage={errors.paragraphs} hint={t.fields.paragraphsHint}>
        <Dropdown
          multiselect
          inlinePopup
          positioning={{ position: 'below', align: 'start', autoSize: true }}
          selectedOptions={chosen}
          value={chosen.map((n) => paragraphLabel(Number(n))).join('; ')}
          placeholder={t.common.choose}
          onOptionSelect={(_e, d) => onChange('paragraphs', d.selectedOptions.map(Number))}
        >
          {catalogue.paragraphs.map((p) => (
            <Option key={p.number} value={String(p.number)} text={paragraphLabel(p.number)}>
              {paragraphLabel(p.number)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t.fields.functionalArea} required validationMessage={errors.functionalArea}>
        <Select value={str(values, 'functionalArea')} onChange={(_e, d) => onChange('functionalArea', d.value)}>
          <option value="">{t.common.choose}</option>
          {catalogue.functionalAreas.map((a) => (
            <option key={a.code} value={a.code}>
              {t.functionalArea[a.code]}
            </option>
          ))}
        </Select>
      </Field>
      <FindingsPicker
        officeId={officeId}
        value={Array.isArray(values.findingIds) ? values.findingIds.filter((id): id is string => typeof id === 'string') : []}
        error={errors.findingIds}
        onChange={(ids) => onChange('findingIds', ids)}
      />
    </>
  );
}

function ActivityFields({ values, errors, onChange }: ItemFieldsProps) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <>
      <Field label={t.fields.title} required validationMessage={errors.title}>
        <Textarea value={str(values, 'title')} onChange={(_e, d) => onChange('title', d.value)} resize="vertical" />
      </Field>
      <Field label={t.fields.owner} validationMessage={str(values, 'owner') ? errors.owner : undefined} hint={t.fields.ownerHint}>
        <PeoplePicker value={str(values, 'owner')} onChange={(email) => onChange('owner', email)} clearable />
      </Field>
      <div className={styles.pair}>
        <Field label={t.fields.start} validationMessage={errors.start}>
          <Input type="date" value={str(values, 'start')} onChange={(_e, d) => onChange('start', d.value)} />
        </Field>
        <Field label={t.fields.end} validationMessage={errors.end}>
          <Input type="date" value={str(values, 'end')} onChange={(_e, d) => onChange('end', d.value)} />
        </Field>
      </div>
      <Field label={t.fields.resources} validationMessage={errors.resources}>
        <Textarea value={str(values, 'resources')} onChange={(_e, d) => onChange('resources', d.value)} resize="vertical" />
      </Field>
    </>
  );
}

function TargetFields({ values, errors, cycle, onChange }: ItemFieldsProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const { catalogue } = useApp();
  const input = (field: string, label: string, required = false, type: 'text' | 'date' = 'text') => (
    <Field label={label} required={required} validationMessage={errors[field]}>
      <Input
        type={type}
        inputMode={field === 'baseline' || field === 'targetValue' ? 'decimal' : undefined}
        value={str(values, field)}
        onChange={(_e, d) => onChange(field, d.value)}
      />
    </Field>
  );
  return (
    <>
      <Field label={t.fields.description} required validationMessage={errors.description}>
        <Textarea value={str(values, 'description')} onChange={(_e, d) => onChange('description', d.value)} resize="vertical" />
      </Field>
      <Field label={t.fields.indicator} required validationMessage={errors.indicator}>
        <Textarea value={str(values, 'indicator')} onChange={(_e, d) => onChange('indicator', d.value)} resize="vertical" />
      </Field>
      <div className={styles.pair}>
        {input('baseline', t.fields.baseline)}
        {input('targetValue', t.fields.targetValue)}
      </div>
      <div className={styles.pair}>
        {input('unit', t.fields.unit)}
        {input('dueDate', t.fields.dueDate, true, 'date')}
      </div>
      <Field label={t.fields.owner} required validationMessage={errors.owner && (str(values, 'owner') ? errors.owner : t.people.required)}>
        <PeoplePicker value={str(values, 'owner')} onChange={(email) => onChange('owner', email)} />
      </Field>
      <Field label={t.fields.status} validationMessage={errors.status}>
        <Select value={str(values, 'status')} onChange={(_e, d) => onChange('status', d.value)}>
          {catalogue.targetStatuses.map((s) => (
            <option key={s} value={s}>
              {t.targetStatus[s]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.fields.meansOfVerification} validationMessage={errors.meansOfVerification}>
        <Textarea value={str(values, 'meansOfVerification')} onChange={(_e, d) => onChange('meansOfVerification', d.value)} resize="vertical" />
      </Field>
      <TargetMonitoringFields values={values} errors={errors} cycle={cycle} onChange={onChange} />
    </>
  );
}
