// The narrative of a progress report: summary, achievements, challenges, support needed and
// next steps. Text areas while the office edits it, headed paragraphs when it is read.

import { Field, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { ProgressReport } from '../../../contract';
import type { FieldErrors } from '../../forms/validation';
import { useI18n } from '../../i18n/i18n';
import { NARRATIVE_FIELDS, type NarrativeField } from './report-form';

const useStyles = makeStyles({
  fields: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: tokens.spacingHorizontalM },
  read: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 },
});

export function NarrativeFields({
  values,
  errors,
  onChange,
}: {
  values: Record<NarrativeField, string>;
  errors: FieldErrors;
  onChange(field: NarrativeField, value: string): void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div className={styles.fields}>
      {NARRATIVE_FIELDS.map((field) => (
        <Field key={field} label={t.reporting[field]} validationMessage={errors[field]}>
          <Textarea value={values[field]} rows={field === 'summary' ? 4 : 3} resize="vertical" onChange={(_e, d) => onChange(field, d.value)} />
        </Field>
      ))}
    </div>
  );
}

/** The saved narrative as a description list; a field left empty says so. */
export function NarrativeText({ report }: { report: Pick<ProgressReport, NarrativeField> }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <dl className={styles.read}>
      {NARRATIVE_FIELDS.map((field) => (
        <div key={field}>
          <dt className={styles.term}>{t.reporting[field]}</dt>
          <dd className={styles.text}>
            <Text>{report[field] ?? t.reporting.notGiven}</Text>
          </dd>
        </div>
      ))}
    </dl>
  );
}
