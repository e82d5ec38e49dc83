// The needs-assessment findings an objective answers: a multiple choice among the findings of
// the plan's office and the department-wide ones, by title. Citing them is what takes a finding
// off the "not yet addressed" list of the planning process.

import { Dropdown, Field, Option } from '@fluentui/react-components';
import type { FindingList } from '../../../contract';
import { apiPaths } from '../../api/api-paths';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { useI18n } from '../../i18n/i18n';

export interface FindingsPickerProps {
  /** The plan's office: its findings and the department-wide ones are offered. */
  officeId?: string;
  value: readonly string[];
  error?: string;
  onChange(ids: string[]): void;
}

export function FindingsPicker({ officeId, value, error, onChange }: FindingsPickerProps) {
  const { t } = useI18n();
  const { api } = useApp();
  const list = useResource((signal) => api.get<FindingList>(apiPaths.findings, signal).then((r) => r.body), [api]);
  const offered = (list.data?.findings ?? []).filter((f) => f.officeId === null || f.officeId === officeId || value.includes(f.id));
  const titleOf = (id: string) => offered.find((f) => f.id === id)?.title ?? id;
  const label = (f: { title: string; officeId: string | null }) => (f.officeId === null ? `${f.title} (${t.findings.departmentWide})` : f.title);

  return (
    <Field label={t.citeFindings.label} hint={t.citeFindings.hint} validationMessage={error}>
      <Dropdown
        multiselect
        inlinePopup
        positioning={{ position: 'below', align: 'start', autoSize: true }}
        selectedOptions={[...value]}
        value={value.map(titleOf).join('; ')}
        placeholder={list.data && offered.length === 0 ? t.citeFindings.none : t.common.choose}
        onOptionSelect={(_e, d) => onChange([...d.selectedOptions].sort())}
      >
        {offered.map((f) => (
          <Option key={f.id} value={f.id} text={label(f)}>
            {label(f)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
