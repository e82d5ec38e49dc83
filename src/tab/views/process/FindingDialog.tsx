// Recording a finding of the needs assessment, or changing one: its office (or department-wide,
// the Gender Unit's), title, description, functional area, SCR 1325 paragraphs, source and
// priority, checked as you type with the API's own schema. A change is sent with the finding's
// ETag; when someone changed it meanwhile the list is read again and the user is told. Also the
// confirmation of a deletion (refused with the reason when an objective cites the finding).

import { Dropdown, Field, Input, Option, Select, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { FindingView, Office } from '../../../contract';
import { findingInput } from '../../../domain/process-inputs';
import { FINDING_PRIORITIES, FINDING_SOURCES } from '../../../domain/process';
import { etagOf } from '../../api/api-client';
import { apiPaths } from '../../api/api-paths';
import { useApp } from '../../app/app-context';
import { mayDo } from '../../app/roles';
import { FormDialog } from '../../forms/FormDialog';
import { sendRecord, useRecordForm, useSaving } from '../../forms/use-record-form';
import { validate } from '../../forms/validation';
import { useI18n } from '../../i18n/i18n';

const useStyles = makeStyles({
  pair: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalM },
});

interface FindingForm {
  office: string;
  title: string;
  description: string;
  functionalArea: string;
  paragraphs: number[];
  source: string;
  priority: string;
}

const formOf = (f: FindingView | undefined, office: string): FindingForm => ({
  office: f ? (f.office?.code ?? '') : office,
  title: f?.title ?? '',
  description: f?.description ?? '',
  functionalArea: f?.functionalArea ?? '',
  paragraphs: f ? [...f.paragraphs] : [],
  source: f?.source ?? 'interview',
  priority: f?.priority ?? 'medium',
});

export interface FindingDialogProps {
  open: boolean;
  /** The finding to change; undefined for a new one. */
  finding?: FindingView;
  offices: readonly Office[];
  onClose(): void;
  onSaved(created: boolean): void;
  onStale(): void;
}

export function FindingDialog({ open, finding, offices, onClose, onSaved, onStale }: FindingDialogProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const { api, me, catalogue } = useApp();
  // Department-wide findings are the Gender Unit's; a focal point records her own office's.
  const mayDepartment = mayDo(me, 'manage-process');
  const allowed = offices.filter((o) => mayDo(me, 'manage-process', { officeId: o.id }));
  const { form, change, errorOf, submit, busy, failure } = useRecordForm({
    initial: () => formOf(finding, mayDepartment ? '' : (allowed[0]?.code ?? '')),
    check: (f: FindingForm) =>
      validate(findingInput, { ...f, office: f.office === '' ? null : f.office, paragraphs: [...f.paragraphs].sort((a, b) => a - b) }, t),
    send: async (body, ifMatch) => {
      await sendRecord(api, finding, { collection: apiPaths.findings, item: apiPaths.finding }, body, ifMatch);
      onSaved(!finding);
    },
    onStale,
  });
  const paragraphLabel = (n: number) => t.targetRow.paragraph(n, t.paragraph[n - 1] ?? '');

  return (
    <FormDialog
      open={open}
      title={finding ? t.findings.dialogEdit : t.findings.dialogNew}
      action={t.common.save}
      onAction={() => void submit()}
      onClose={onClose}
      busy={busy}
      failure={failure}
      staleText={t.findings.stale}
    >
      <Field label={t.findings.office} validationMessage={errorOf('office')}>
        <Select value={form.office} onChange={(_e, d) => change('office', d.value)}>
          {mayDepartment && <option value="">{t.findings.departmentWide}</option>}
          {allowed.map((o) => (
            <option key={o.id} value={o.code}>
              {o.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.findings.title} required validationMessage={errorOf('title')}>
        <Input value={form.title} onChange={(_e, d) => change('title', d.value)} />
      </Field>
      <Field label={t.findings.description} required validationMessage={errorOf('description')}>
        <Textarea value={form.description} onChange={(_e, d) => change('description', d.value)} resize="vertical" />
      </Field>
      <Field label={t.findings.area} required validationMessage={errorOf('functionalArea')}>
        <Select value={form.functionalArea} onChange={(_e, d) => change('functionalArea', d.value)}>
          <option value="">{t.common.choose}</option>
          {catalogue.functionalAreas.map((a) => (
            <option key={a.code} value={a.code}>
              {t.functionalArea[a.code]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.fields.paragraphs} required validationMessage={errorOf('paragraphs')}>
        <Dropdown
          multiselect
          inlinePopup
          positioning={{ position: 'below', align: 'start', autoSize: true }}
          selectedOptions={form.paragraphs.map(String)}
          value={form.paragraphs.map(paragraphLabel).join('; ')}
          placeholder={t.common.choose}
          onOptionSelect={(_e, d) => change('paragraphs', d.selectedOptions.map(Number))}
        >
          {catalogue.paragraphs.map((p) => (
            <Option key={p.number} value={String(p.number)} text={paragraphLabel(p.number)}>
              {paragraphLabel(p.number)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.pair}>
        <Field label={t.findings.source} validationMessage={errorOf('source')}>
          <Select value={form.source} onChange={(_e, d) => change('source', d.value)}>
            {FINDING_SOURCES.map((s) => (
              <option key={s} value={s}>
                {t.findingSource[s]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.findings.priority} validationMessage={errorOf('priority')}>
          <Select value={form.priority} onChange={(_e, d) => change('priority', d.value)}>
            {FINDING_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t.findingPriority[p]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </FormDialog>
  );
}

export function FindingDeleteDialog({ open, finding, onClose, onDeleted }: { open: boolean; finding: FindingView; onClose(): void; onDeleted(): void }) {
  const { t } = useI18n();
  const { api } = useApp();
  const { busy, failure, save } = useSaving();
  const confirm = () =>
    save(async () => {
      await api.send('DELETE', apiPaths.finding(finding.id), { ifMatch: etagOf(finding) });
      onDeleted();
    });
  return (
    <FormDialog
      open={open}
      modalType="alert"
      enterActs={false}
      title={t.findings.deleteTitle}
      action={t.process.delete}
      onAction={() => void confirm()}
      onClose={onClose}
      busy={busy}
      failure={failure}
    >
      <Text as="p">{t.findings.deleteBody(finding.title)}</Text>
    </FormDialog>
  );
}
