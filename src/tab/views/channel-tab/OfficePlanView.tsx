// One office's current work plan (#/offices/CODE, what a channel tab shows): the plan of the
// office's newest cycle, in the work plan view (editable or read-only as it decides), or a
// message when the office has no plan yet or there is no such office.

import { Link, MessageBar, MessageBarBody, MessageBarTitle, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { ApiProblem } from '../../api/api-client';
import { apiPaths } from '../../api/api-paths';
import type { Office, PlanSummary } from '../../../contract';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { hrefOf } from '../../app/routes';
import { LoadError, Loading } from '../../app/StatusViews';
import { useI18n } from '../../i18n/i18n';
import WorkPlanView from '../work-plan/WorkPlanView';
import { currentPlan } from './channel-tab';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalM },
});

export default function OfficePlanView({ code }: { code: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { api } = useApp();
  const found = useResource(
    async (signal) => {
      const [offices, plans] = await Promise.all([
        api.get<Office[]>(apiPaths.offices, signal).then((r) => r.body),
        // The API answers 404 for an unknown office and 400 for a code that cannot be one.
        api.get<PlanSummary[]>(apiPaths.officePlans(code), signal).then(
          (r) => r.body,
          (error: unknown) => {
            if (error instanceof ApiProblem && (error.status === 404 || error.status === 400)) return [];
            throw error;
          },
        ),
      ]);
      return { office: offices.find((o) => o.code === code), plan: currentPlan(plans) };
    },
    [api, code],
  );

  if (found.error !== undefined && !found.data) return <LoadError error={found.error} onRetry={found.reload} />;
  if (!found.data) return <Loading />;

  const { office, plan } = found.data;
  if (plan) return <WorkPlanView key={plan.id} planId={plan.id} />;
  return (
    <section className={styles.view} aria-labelledby="view-title">
      <Title2 as="h1" id="view-title">
        {office?.name ?? code}
      </Title2>
      <MessageBar intent="info" layout="multiline" data-testid="no-plan">
        <MessageBarBody>
          <MessageBarTitle>{t.channelTab.noPlanTitle}</MessageBarTitle>
          {office ? t.channelTab.noPlan(office.name) : t.channelTab.unknownOffice(code)}
        </MessageBarBody>
      </MessageBar>
      <Link href={hrefOf({ view: 'plans' })}>{t.channelTab.allPlans}</Link>
    </section>
  );
}
