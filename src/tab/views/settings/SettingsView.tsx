// The Gender Unit's settings, one tab per part: when reminders go out (ReminderSettings) and
// the criteria offices are rated by (ScorecardCriteriaSettings). Each part is offered to whom
// the permission table lets set it; both stay mounted, so that switching parts keeps edits.

import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { mayDo } from '../../app/roles';
import { useI18n } from '../../i18n/i18n';
import { ReminderSettings } from './ReminderSettings';
import { ScorecardCriteriaSettings } from './ScorecardCriteriaSettings';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const SECTIONS = ['reminders', 'criteria'] as const;
type Section = (typeof SECTIONS)[number];

export default function SettingsView() {
  const styles = useStyles();
  const { t } = useI18n();
  const { me } = useApp();
  const [section, setSection] = useState<Section>('reminders');
  // The reminder part answers for itself (the server's 403) to anyone who reaches the view.
  const offered = SECTIONS.filter((s) => s === 'reminders' || mayDo(me, 'rate-offices'));
  const label: Record<Section, string> = { reminders: t.settings.remindersSection, criteria: t.settings.criteriaSection };
  const part = (s: Section) => (s === 'reminders' ? <ReminderSettings /> : <ScorecardCriteriaSettings />);

  if (offered.length === 1) return part('reminders');
  return (
    <div className={styles.view}>
      <TabList aria-label={t.settings.sections} selectedValue={section} onTabSelect={(_e, d) => setSection(SECTIONS.find((s) => s === d.value) ?? 'reminders')}>
        {offered.map((s) => (
          <Tab key={s} value={s} id={`settings-tab-${s}`} aria-controls={`settings-panel-${s}`}>
            {label[s]}
          </Tab>
        ))}
      </TabList>
      {offered.map((s) => (
        <div key={s} role="tabpanel" id={`settings-panel-${s}`} aria-labelledby={`settings-tab-${s}`} hidden={s !== section}>
          {part(s)}
        </div>
      ))}
    </div>
  );
}
