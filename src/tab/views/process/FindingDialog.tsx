// Recording a finding of the needs assessment, or changing one: its office (or department-wide,
// the Gender Unit's), title, description, functional area, SCR 1325 paragraphs, source and
// priority, checked as you type with the API's own schema. A change is sent with the finding's
// ETag; when someone changed it meanwhile the list is read again and the user is told. Also the
// confirmation of a deletion (refused with the reason when an objective cites the finding).

import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Input,
  Option,
  Select,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { FindingView, Office } from '../../../contract';
import { findingInput } from '../../../domain/process-inputs';
import { FINDING_PRIORITIES, FINDING_SOURCES } from '../../../domain/process';
import { ApiProblem, etagOf } from '../../api/api-client';
import { apiPaths } from '../../api/api-paths';
import { useApp } from '../../app/app-context';
import { mayDo } from '../../app/roles';
import { LoadError } from '../../app/StatusViews';
import { serverFieldErrors, validate } from '../../forms/validation';
import { useI18n } from '../../i18n/i18n';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
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
  const [form, setForm] = useState(() => formOf(finding, mayDepartment ? '' : (allowed[0]?.code ?? '')));
  const [touched, setTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const input = { ...form, office: form.office === '' ? null : form.office, paragraphs: [...form.paragraphs].sort((a, b) => a - b) };
  const checked = validate(findingInput, input, t);
  const server = serverFieldErrors(failure, t);
  const errorOf = (field: keyof FindingForm) => (touched ? checked.errors[field] : undefined) ?? server[field];
  const change = <K extends keyof FindingForm>(field: K, value: FindingForm[K]) => setForm((f) => ({ ...f, [field]: value }));
  const paragraphLabel = (n: number) => t.targetRow.paragraph(n, t.paragraph[n - 1] ?? '');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!checked.ok || busy) return;
    setBusy(true);
    setFailure(undefined);
    try {
      if (finding) await api.send('PATCH', apiPaths.finding(finding.id), { body: checked.value, ifMatch: etagOf(finding) });
      else await api.send('POST', apiPaths.findings, { body: checked.value });
      onSaved(!finding);
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 412) onStale();
      setFailure(error);
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <DialogBody>
            <DialogTitle>{finding ? t.findings.dialogEdit : t.findings.dialogNew}</DialogTitle>
            <DialogContent className={styles.form}>
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
              {failure instanceof ApiProblem && failure.status === 412 && <Text role="alert">{t.findings.stale}</Text>}
              {failure !== undefined && <LoadError error={failure} />}
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabledFocusable={busy}>
                {t.common.save}
              </Button>
              <Button onClick={onClose}>{t.common.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}

export function FindingDeleteDialog({ open, finding, onClose, onDeleted }: { open: boolean; finding: FindingView; onClose(): void; onDeleted(): void }) {
  const { t } = useI18n();
  const { api } = useApp();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await api.send('DELETE', apiPaths.finding(finding.id), { ifMatch: etagOf(finding) });
      onDeleted();
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_e, d) => !d.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.findings.deleteTitle}</DialogTitle>
          <DialogContent>
            <Text as="p">{t.findings.deleteBody(finding.title)}</Text>
            {failure !== undefined && <LoadError error={failure} />}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabledFocusable={busy} onClick={() => void confirm()}>
              {t.process.delete}
            </Button>
            <Button onClick={onClose}>{t.common.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
