// The planning process before the work plans: the needs assessment's findings (and which no
// objective addresses yet), the pilot and office workshops with their participants, and the
// figures computed from them. Reached from the office work plans' header, not from the app bar
// (the bar stays one line); each part is a tab with its own URL (#/process?section=…).

import { Link, Tab, TabList, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import type { Office } from '../../../contract';
import { apiPaths } from '../../api/api-paths';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { hrefOf, PROCESS_SECTIONS, type ProcessSection } from '../../app/routes';
import { navigate } from '../../app/use-route';
import { LoadError } from '../../app/StatusViews';
import { useI18n } from '../../i18n/i18n';
import { FindingsSection } from './FindingsSection';
import { WorkshopsSection } from './WorkshopsSection';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
});

export default function ProcessView({ section = 'findings' }: { section?: ProcessSection }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { api } = useApp();
  const offices = useResource((signal) => api.get<Office[]>(apiPaths.offices, signal).then((r) => r.body), [api]);
  const label: Record<ProcessSection, string> = { findings: t.process.findings, workshops: t.process.workshops, figures: t.process.figures };

  return (
    <section className={styles.view} aria-labelledby="view-title">
      <div className={styles.heading}>
        <Title2 as="h1" id="view-title">
          {t.process.title}
        </Title2>
        <Link href={hrefOf({ view: 'plans' })}>{t.process.backToPlans}</Link>
      </div>
      <Text>{t.process.intro}</Text>
      <TabList
        aria-label={t.process.sections}
        selectedValue={section}
        onTabSelect={(_e, d) => navigate(hrefOf({ view: 'process', section: PROCESS_SECTIONS.find((s) => s === d.value) }), true)}
      >
        {PROCESS_SECTIONS.map((s) => (
          <Tab key={s} value={s} id={`process-tab-${s}`} aria-controls="process-panel">
            {label[s]}
          </Tab>
        ))}
      </TabList>
      {offices.error !== undefined && <LoadError error={offices.error} onRetry={offices.reload} />}
      <div role="tabpanel" id="process-panel" aria-labelledby={`process-tab-${section}`}>
        {section === 'findings' && <FindingsSection offices={offices.data ?? []} />}
        {section !== 'findings' && <WorkshopsSection offices={offices.data ?? []} part={section} />}
      </div>
    </section>
  );
}
