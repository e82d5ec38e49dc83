// Review (Gender Unit): the plans waiting for endorsement, and those returned to their office.

import { MessageBar, MessageBarBody, Text, Title2, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { PlanSummary } from '../../../contract';
import { apiPaths } from '../../api/api-paths';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { mayDecide, mayReview, submittedByMe } from '../../app/roles';
import { LoadError, Loading } from '../../app/StatusViews';
import { useI18n } from '../../i18n/i18n';
import { ReviewCard } from './ReviewCard';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(360px, 1fr))', gap: tokens.spacingHorizontalM },
});

export default function ReviewView() {
  const styles = useStyles();
  const { t, compare } = useI18n();
  const { api, me } = useApp();
  const plans = useResource((signal) => api.get<PlanSummary[]>(apiPaths.plans, signal).then((r) => r.body), [api]);
  const [decided, setDecided] = useState<string>();

  const byOffice = (a: PlanSummary, b: PlanSummary) => compare(a.officeName, b.officeName);
  const waiting = (plans.data ?? []).filter((p) => p.status === 'submitted').sort(byOffice);
  const returned = (plans.data ?? []).filter((p) => p.status === 'returned').sort(byOffice);

  return (
    <section className={styles.view} aria-labelledby="view-title">
      <Title2 as="h1" id="view-title">
        {t.review.title}
      </Title2>
      {!mayReview(me) && (
        <MessageBar intent="info">
          <MessageBarBody>{t.review.readOnly}</MessageBarBody>
        </MessageBar>
      )}
      {decided && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{decided}</MessageBarBody>
        </MessageBar>
      )}
      {plans.error !== undefined && <LoadError error={plans.error} onRetry={plans.reload} />}
      {plans.loading && !plans.data && <Loading />}
      {plans.data && (
        <>
          <Title3 as="h2">{t.review.waiting}</Title3>
          {waiting.length === 0 && <Text>{t.review.noneWaiting}</Text>}
          <div className={styles.cards}>
            {waiting.map((plan) => (
              <ReviewCard
                key={plan.id}
                api={api}
                plan={plan}
                mayDecide={mayDecide(me, plan)}
                ownSubmission={submittedByMe(me, plan)}
                onDecided={(action) => {
                  setDecided(action === 'endorse' ? t.review.endorsed(plan.officeName) : t.review.returned(plan.officeName));
                  plans.reload();
                }}
              />
            ))}
          </div>
          <Title3 as="h2">{t.review.returnedTitle}</Title3>
          {returned.length === 0 && <Text>{t.review.noneReturned}</Text>}
          <div className={styles.cards}>
            {returned.map((plan) => (
              <ReviewCard key={plan.id} api={api} plan={plan} mayDecide={false} onDecided={() => undefined} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
