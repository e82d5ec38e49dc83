// What both exports (the action plan, the progress report) ask alike: beside the document's own
// choice (a cycle, a period), the office — "all offices" only for whoever may export the whole
// department — then the Excel and Word buttons and the cancel of a download under way.

import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { CancelDownload } from './DownloadStatus';
import type { Download, Format } from './use-download';

const useStyles = makeStyles({
  choices: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: tokens.spacingHorizontalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface ExportChoicesProps {
  /** The document's own choice, shown before the office. */
  children: ReactNode;
  /** The office's code, '' for the whole department. */
  office: string;
  onOffice(code: string): void;
  wholeDepartment: boolean;
  offices: readonly { code: string; name: string }[];
  /** The buttons' labels, which name the document. */
  excel: string;
  word: string;
  disabled: boolean;
  download: Download;
  onStart(format: Format): void;
}

export function ExportChoices({ children, office, onOffice, wholeDepartment, offices, excel, word, disabled, download, onStart }: ExportChoicesProps) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <>
      <div className={styles.choices}>
        {children}
        <Field label={t.exports.office}>
          <Select value={office} onChange={(_e, d) => onOffice(d.value)}>
            {wholeDepartment && <option value="">{t.exports.allOffices}</option>}
            {offices.map((o) => (
              <option key={o.code} value={o.code}>
                {o.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<ArrowDownloadRegular />} disabled={disabled} onClick={() => onStart('xlsx')}>
          {excel}
        </Button>
        <Button icon={<ArrowDownloadRegular />} disabled={disabled} onClick={() => onStart('docx')}>
          {word}
        </Button>
        <CancelDownload download={download} />
      </div>
    </>
  );
}
