// One plan waiting for the Gender Unit: who submitted it and when, with their note, the
// plan's size and progress, and the decision: endorse, or return with a comment (required).

import { Button, Card, CardHeader, Caption1, Field, Link, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { transitionInput } from '../../../domain/schemas';
import { etagOf, type ApiClient } from '../../api/api-client';
import type { PlanSummary } from '../../../contract';
import { hrefOf } from '../../app/routes';
import { LoadError } from '../../app/StatusViews';
import { optionalText, validate } from '../../forms/validation';
import { useI18n } from '../../i18n/i18n';
import { usePersonNames } from '../../people/use-person-names';
import { PlanStatusBadge } from '../../status/StatusBadges';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface ReviewCardProps {
  api: ApiClient;
  plan: PlanSummary;
  mayDecide: boolean;
  /** The reader submitted this plan herself: another member of the Gender Unit decides on it. */
  ownSubmission?: boolean;
  onDecided(action: 'endorse' | 'return'): void;
}

export function ReviewCard({ api, plan, mayDecide, ownSubmission = false, onDecided }: ReviewCardProps) {
  const styles = useStyles();
  const { t, dateTime, percent, number } = useI18n();
  const [comment, setComment] = useState('');
  const [returning, setReturning] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const submitted = [...plan.history].reverse().find((h) => h.status === 'submitted');
  const nameOf = usePersonNames([submitted?.by]);
  const checked = validate(transitionInput, { comment: optionalText(comment) }, t);
  const commentError = checked.errors.comment ?? (returning && !optionalText(comment) ? t.review.commentRequired : undefined);
  const titleId = `review-${plan.id}`;

  const decide = async (action: 'endorse' | 'return') => {
    if (action === 'return' && !optionalText(comment)) {
      setReturning(true);
      return;
    }
    if (!checked.ok) return;
    setBusy(true);
    setFailure(undefined);
    try {
      await api.send('POST', `/api/plans/${encodeURIComponent(plan.id)}/${action}`, { body: checked.value, ifMatch: etagOf(plan) });
      onDecided(action);
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  };

  return (
    <Card className={styles.card} aria-labelledby={titleId}>
      <CardHeader
        header={
          <Text as="h3" weight="semibold" id={titleId}>
            {plan.title.startsWith(plan.officeName) ? plan.title : `${plan.officeName} — ${plan.title}`}
          </Text>
        }
        description={<PlanStatusBadge status={plan.status} />}
      />
      {submitted && (
        <Caption1>
          {t.review.submittedBy(nameOf(submitted.by), dateTime(submitted.at))}
          {submitted.comment ? ` — “${submitted.comment}”` : ''}
        </Caption1>
      )}
      <Text>{t.plan.rollupLine(plan.rollup.targets, percent(plan.rollup.progress), plan.rollup.overdue)}</Text>
      <Text>{t.review.cycleAndVersion(plan.cycle, number(plan.version))}</Text>
      <Link href={hrefOf({ view: 'plan', planId: plan.id })}>{t.review.openPlan}</Link>
      {ownSubmission && plan.status === 'submitted' && <Caption1>{t.review.ownSubmission}</Caption1>}
      {mayDecide && plan.status === 'submitted' && (
        <>
          <Field label={t.review.comment} validationMessage={commentError} hint={t.review.commentHint}>
            <Textarea value={comment} onChange={(_e, d) => setComment(d.value)} resize="vertical" />
          </Field>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy} onClick={() => void decide('endorse')} aria-label={t.review.endorseOf(plan.officeName)}>
              {t.review.endorse}
            </Button>
            <Button disabled={busy} onClick={() => void decide('return')} aria-label={t.review.returnOf(plan.officeName)}>
              {t.review.return}
            </Button>
          </div>
        </>
      )}
      {failure !== undefined && <LoadError error={failure} />}
    </Card>
  );
}
