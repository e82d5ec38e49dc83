// My targets: the signed-in owner's targets across live plans, most overdue first (the API's
// order), each with a quick check-in.

import { MessageBar, MessageBarBody, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useOverlay } from '../../app/use-overlay';
import type { TargetSummary } from '../../../contract';
import { apiPaths } from '../../api/api-paths';
import { readAllTargets } from '../../api/target-pages';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { mayCheckIn } from '../../app/roles';
import { LoadError, Loading } from '../../app/StatusViews';
import { VirtualList } from '../../app/VirtualList';
import { useI18n } from '../../i18n/i18n';
import { CheckInDialog } from './CheckInDialog';
import { TargetCard } from './TargetCard';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export default function MyTargetsView() {
  const styles = useStyles();
  const { t } = useI18n();
  const { api, me } = useApp();
  const targets = useResource((signal) => readAllTargets(api, apiPaths.myTargets, signal), [api]);
  const checkIn = useOverlay<TargetSummary>();
  const [recorded, setRecorded] = useState<string>();

  const list = targets.data ?? [];
  const overdue = list.filter((x) => x.overdue).length;

  return (
    <section className={styles.view} aria-labelledby="view-title">
      <Title2 as="h1" id="view-title">
        {t.targets.title}
      </Title2>
      {targets.error !== undefined && <LoadError error={targets.error} onRetry={targets.reload} />}
      {targets.loading && !targets.data && <Loading />}
      {recorded && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t.checkIn.recorded(recorded)}</MessageBarBody>
        </MessageBar>
      )}
      {targets.data && (
        <>
          <Text>{list.length === 0 ? t.targets.none : t.targets.summary(list.length, overdue)}</Text>
          {list.length > 0 && (
            <VirtualList
              items={list}
              label={t.targets.title}
              height="calc(100vh - 220px)"
              estimateHeight={() => 96}
              rowKey={(x) => x.id}
              renderRow={(target) => (
                <TargetCard target={target} mayCheckIn={mayCheckIn(me, target, target.officeId, target.planStatus)} onCheckIn={() => checkIn.show(target)} />
              )}
            />
          )}
        </>
      )}
      {checkIn.subject && (
        <CheckInDialog
          key={checkIn.key}
          target={checkIn.subject}
          open={checkIn.open}
          onClose={checkIn.hide}
          onRecorded={() => {
            setRecorded(checkIn.subject?.ref);
            checkIn.hide();
            targets.reload();
          }}
        />
      )}
    </section>
  );
}
