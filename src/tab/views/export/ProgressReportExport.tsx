// The progress report of a reporting period (issue 15) from the Export view: a period of any
// cycle (closed ones and the one under way), the whole department or one office, Word or Excel.
// Offered to whoever may export (the one permission table): the Gender Unit for every office,
// a focal point for her own.

import { Field, Select, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { CycleSummary, Office } from '../../../contract';
import { apiPaths } from '../../api/api-paths';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { mayExport, mayExportScope } from '../../app/roles';
import { LoadError, Loading } from '../../app/StatusViews';
import { useI18n } from '../../i18n/i18n';
import { ratablePeriods } from '../dashboard/trend-series';
import { DownloadStatus } from './DownloadStatus';
import { ExportChoices } from './ExportChoices';
import { useDownload, type Format } from './use-download';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, marginTop: tokens.spacingVerticalL },
});

export function ProgressReportExport() {
  const styles = useStyles();
  const { t, compare } = useI18n();
  const { api, me } = useApp();
  const titleId = useId();
  const cycles = useResource((signal) => api.get<CycleSummary[]>(apiPaths.cycles, signal).then((r) => r.body), [api]);
  const offices = useResource((signal) => api.get<Office[]>(apiPaths.offices, signal).then((r) => r.body), [api]);
  const [chosenPeriod, setPeriod] = useState<string>();
  const [chosenOffice, setOffice] = useState<string>();
  const download = useDownload();
  if (!mayExport(me)) return null;

  const periods = (cycles.data ?? []).flatMap((c) => ratablePeriods(c.periods));
  const period = periods.find((p) => p.id === chosenPeriod) ?? periods.find((p) => p.status === 'closed') ?? periods[0];
  const wholeDepartment = mayExportScope(me);
  const exportable = (offices.data ?? []).filter((o) => mayExportScope(me, o.id)).sort((a, b) => compare(a.name, b.name));
  const office = chosenOffice ?? (wholeDepartment ? '' : (exportable[0]?.code ?? ''));
  const disabled = !!download.progress || !period || (!wholeDepartment && !office);

  const start = (format: Format) => {
    if (!period) return;
    const query = new URLSearchParams({ period: period.id, ...(office ? { office } : {}) });
    void download.start(`/api/export/progress-report.${format}?${query}`, `1325-progress-report-${period.id}${office ? `-${office}` : ''}.${format}`, format);
  };

  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <Title3 as="h2" id={titleId}>
        {t.progressExport.title}
      </Title3>
      <Text>{t.progressExport.explanation}</Text>
      {cycles.error !== undefined && <LoadError error={cycles.error} onRetry={cycles.reload} />}
      {offices.error !== undefined && <LoadError error={offices.error} onRetry={offices.reload} />}
      {(cycles.loading || offices.loading) && !(cycles.data && offices.data) && <Loading />}
      {cycles.data && offices.data && periods.length === 0 && <Text>{t.progressExport.noPeriods}</Text>}
      {cycles.data && offices.data && period && (
        <ExportChoices
          office={office}
          onOffice={setOffice}
          wholeDepartment={wholeDepartment}
          offices={exportable}
          excel={t.progressExport.excel}
          word={t.progressExport.word}
          disabled={disabled}
          download={download}
          onStart={start}
        >
          <Field label={t.progressExport.period}>
            <Select value={period.id} onChange={(_e, d) => setPeriod(d.value)}>
              {periods.map((p) => (
                <option key={p.id} value={p.id}>
                  {t.scorecard.periodOption(p.label, t.periodStatus[p.status])}
                </option>
              ))}
            </Select>
          </Field>
        </ExportChoices>
      )}
      <DownloadStatus download={download} />
    </section>
  );
}
