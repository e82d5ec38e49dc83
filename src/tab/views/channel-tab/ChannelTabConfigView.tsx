// A channel tab's configuration page (#/config, the manifest's configurationUrl): the user picks
// an office and the tab then shows that office's current work plan (#/offices/CODE). In Teams'
// "Add a tab" dialog the choice turns Save on, and Save stores the tab's settings; in a plain
// browser the page only says where it belongs and links to the chosen office's plan.

import { Dropdown, Field, Link, MessageBar, MessageBarBody, MessageBarTitle, Option, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { Office } from '../../../contract';
import { apiPaths } from '../../api/api-paths';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { hrefOf } from '../../app/routes';
import { LoadError, Loading } from '../../app/StatusViews';
import { useI18n } from '../../i18n/i18n';
import { channelTabConfig, officeOfEntityId } from './channel-tab';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '560px' },
});

export default function ChannelTabConfigView() {
  const styles = useStyles();
  const { t, compare } = useI18n();
  const { api, host } = useApp();
  const teams = host.tabConfig;
  const offices = useResource((signal) => api.get<Office[]>(apiPaths.offices, signal).then((r) => r.body), [api]);
  // Reconfiguring a saved tab starts from its office.
  const [code, setCode] = useState<string | undefined>(() => officeOfEntityId(teams?.entityId));
  const office = offices.data?.find((o) => o.code === code);

  // Teams calls the save handler later, with whatever is chosen then.
  const chosen = useRef<string>(undefined);
  chosen.current = office?.code;
  const { tabName, nothingChosen } = t.channelTab;
  useEffect(() => {
    teams?.onSave(() => (chosen.current ? channelTabConfig(chosen.current, location.origin, tabName) : undefined), nothingChosen);
  }, [teams, tabName, nothingChosen]);
  useEffect(() => {
    teams?.setValid(office !== undefined);
  }, [teams, office]);

  const sorted = [...(offices.data ?? [])].sort((a, b) => compare(a.name, b.name));
  const label = (o: Office) => t.channelTab.officeOption(o.name, o.code);

  return (
    <section className={styles.view} aria-labelledby="view-title">
      <Title2 as="h1" id="view-title">
        {t.channelTab.configTitle}
      </Title2>
      <Text>{t.channelTab.configIntro}</Text>
      {!teams && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.channelTab.notInTeamsTitle}</MessageBarTitle>
            {t.channelTab.notInTeams}
          </MessageBarBody>
        </MessageBar>
      )}
      {offices.error !== undefined && <LoadError error={offices.error} onRetry={offices.reload} />}
      {offices.loading && !offices.data && <Loading />}
      {offices.data &&
        (sorted.length === 0 ? (
          <MessageBar intent="info">
            <MessageBarBody>{t.channelTab.noOffices}</MessageBarBody>
          </MessageBar>
        ) : (
          <Field label={t.channelTab.office}>
            <Dropdown
              placeholder={t.channelTab.choose}
              selectedOptions={office ? [office.code] : []}
              value={office ? label(office) : ''}
              onOptionSelect={(_e, d) => setCode(d.optionValue)}
            >
              {sorted.map((o) => (
                <Option key={o.code} value={o.code} text={label(o)}>
                  {label(o)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        ))}
      {office &&
        (teams ? (
          <Text role="status">{t.channelTab.willShow(office.name)}</Text>
        ) : (
          <Text role="status">
            <Link href={hrefOf({ view: 'office', code: office.code })}>{t.channelTab.openPlan(office.name)}</Link>
          </Text>
        ))}
    </section>
  );
}
