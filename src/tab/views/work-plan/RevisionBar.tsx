// The revisions of an amended plan, above its outline: whether the plan on screen is an
// amendment in progress (the endorsed revision stays in force until it is endorsed) or a frozen
// endorsed revision (read-only), a picker to read any endorsed revision, and the way to what
// changed. Shown only for plans with more than one revision; its parent keys it by the plan's
// revision and status, so that it reads the list again when either moves.

import { Field, Link, MessageBar, MessageBarBody, MessageBarTitle, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { PlanRevisions, PlanTree } from '../../../contract';
import { apiPaths } from '../../api/api-paths';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { hrefOf } from '../../app/routes';
import { navigate } from '../../app/use-route';
import { LoadError } from '../../app/StatusViews';
import { useI18n } from '../../i18n/i18n';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalL },
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, paddingBottom: tokens.spacingVerticalXS },
});

export interface RevisionBarProps {
  plan: PlanTree;
  /** The endorsed revision on screen; undefined for the plan as it is now. */
  viewing: number | undefined;
}

export function RevisionBar({ plan, viewing }: RevisionBarProps) {
  const styles = useStyles();
  const { t, date } = useI18n();
  const { api } = useApp();
  const revisions = useResource((signal) => api.get<PlanRevisions>(apiPaths.planRevisions(plan.id), signal).then((r) => r.body), [api, plan.id]);
  const list = revisions.data?.revisions ?? [];
  const current = list.find((r) => r.current);
  const shown = viewing === undefined ? current : list.find((r) => r.revision === viewing);
  const lastEndorsed = list.filter((r) => !r.current || r.status === 'endorsed').at(-1);
  const amending = current !== undefined && current.status !== 'endorsed' && current.status !== 'archived' && list.length > 1;

  if (revisions.error !== undefined) return <LoadError error={revisions.error} onRetry={revisions.reload} />;
  if (list.length < 2) return null;
  // The changes of the revision on screen: from the one before it to it (the current one as "current").
  const to = viewing === undefined ? 'current' : viewing;
  const from = list.filter((r) => r.revision < (viewing ?? current?.revision ?? 0) && !r.current).at(-1)?.revision;

  return (
    <div className={styles.bar}>
      {viewing !== undefined && shown ? (
        <MessageBar intent="warning" layout="multiline" data-testid="revision-notice">
          <MessageBarBody>
            <MessageBarTitle>{t.planBanner.oldRevisionTitle(shown.revision)}</MessageBarTitle>
            {shown.endorsedAt && t.planBanner.oldRevision(date(shown.endorsedAt), shown.endorsedByName ?? shown.endorsedBy ?? '')}
          </MessageBarBody>
        </MessageBar>
      ) : (
        amending &&
        current &&
        lastEndorsed && (
          <MessageBar intent="info" layout="multiline" data-testid="amendment-notice">
            <MessageBarBody>
              <MessageBarTitle>{t.planBanner.amendmentTitle(current.revision)}</MessageBarTitle>
              {t.planBanner.amendment(lastEndorsed.revision)}
            </MessageBarBody>
          </MessageBar>
        )
      )}
      <Field label={t.planBanner.revision}>
        <Select
          value={String(viewing ?? 'current')}
          onChange={(_e, d) => navigate(hrefOf({ view: 'plan', planId: plan.id, revision: d.value === 'current' ? undefined : Number(d.value) }))}
        >
          {list.map((r) =>
            r.current ? (
              <option key="current" value="current">
                {t.planBanner.revisionOption(r.revision, t.planStatus[r.status])}
              </option>
            ) : (
              <option key={r.revision} value={r.revision}>
                {t.planBanner.revisionEndorsedOption(r.revision, r.endorsedAt ? date(r.endorsedAt) : '')}
              </option>
            ),
          )}
        </Select>
      </Field>
      <div className={styles.links}>
        {from !== undefined && <Link href={hrefOf({ view: 'plan-changes', planId: plan.id, from, to })}>{t.planBanner.changes}</Link>}
        {viewing !== undefined && <Link href={hrefOf({ view: 'plan', planId: plan.id })}>{t.planBanner.backToCurrent}</Link>}
      </div>
    </div>
  );
}
