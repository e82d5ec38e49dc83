// What changed between two revisions of a plan (an amendment against the endorsed revision it
// amends, by default): the items added and removed, and for each changed item every field that
// changed, before → after, in words (labels for codes, names for people, the locale's dates) —
// never JSON. The diff is the server's (GET /api/plans/{id}/revisions?from&to).

import {
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title2,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import type { FindingList, PlanRevisions, PlanTree } from '../../../contract';
import { apiPaths } from '../../api/api-paths';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { hrefOf } from '../../app/routes';
import { navigate } from '../../app/use-route';
import { LoadError, Loading } from '../../app/StatusViews';
import { useI18n } from '../../i18n/i18n';
import { usePersonNames } from '../../people/use-person-names';
import { displayValue } from './ConflictPanel';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalL },
  table: { backgroundColor: tokens.colorNeutralBackground1 },
  value: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

export interface PlanChangesViewProps {
  planId: string;
  from?: number;
  to?: number | 'current';
}

export default function PlanChangesView({ planId, from, to }: PlanChangesViewProps) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  const { api } = useApp();
  const plan = useResource((signal) => api.get<PlanTree>(apiPaths.plan(planId), signal).then((r) => r.body), [api, planId]);
  const list = useResource((signal) => api.get<PlanRevisions>(apiPaths.planRevisions(planId), signal).then((r) => r.body), [api, planId]);
  const revisions = list.data?.revisions ?? [];
  const endorsed = revisions.filter((r) => !r.current);
  const chosenTo = to ?? 'current';
  const toNumber = chosenTo === 'current' ? (revisions.find((r) => r.current)?.revision ?? Infinity) : chosenTo;
  const chosenFrom = from ?? endorsed.filter((r) => r.revision < toNumber).at(-1)?.revision;
  const diff = useResource(
    (signal) =>
      chosenFrom === undefined
        ? Promise.resolve(undefined)
        : api.get<PlanRevisions>(apiPaths.planRevisions(planId, { from: chosenFrom, to: chosenTo }), signal).then((r) => r.body.diff),
    [api, planId, chosenFrom, chosenTo],
  );
  const changes = diff.data?.changes;
  const owners = useMemo(
    () =>
      (changes?.changed ?? [])
        .flatMap((c) => c.fields.filter((f) => f.field === 'owner').flatMap((f) => [f.before, f.after]))
        .filter((v) => typeof v === 'string'),
    [changes],
  );
  const nameOf = usePersonNames(owners);
  // Findings an objective cites are named by their titles (the findings of the needs assessment).
  const cites = changes?.changed.some((c) => c.fields.some((f) => f.field === 'findingIds')) ?? false;
  const findings = useResource(
    (signal) => (cites ? api.get<FindingList>(apiPaths.findings, signal).then((r) => r.body.findings) : Promise.resolve([])),
    [api, cites],
  );
  const valueText = (field: string, value: unknown) =>
    field === 'findingIds' && Array.isArray(value)
      ? value.length === 0
        ? '—'
        : value.map((id) => findings.data?.find((f) => f.id === id)?.title ?? String(id)).join('; ')
      : displayValue(field, value, i18n, nameOf);
  const go = (next: { from?: number; to?: number | 'current' }) =>
    navigate(hrefOf({ view: 'plan-changes', planId, from: next.from ?? chosenFrom, to: next.to ?? chosenTo }), true);
  const fieldLabel = (field: string) =>
    field === 'findingIds' ? t.planChanges.findings : (Object.entries(t.fields).find(([name]) => name === field)?.[1] ?? field);
  const itemName = (item: { entity: keyof typeof t.planChanges.entity; ref: string; label: string }) =>
    t.planChanges.itemName(t.planChanges.entity[item.entity], item.ref, item.label);
  const error = plan.error ?? list.error ?? diff.error;

  return (
    <section className={styles.view} aria-labelledby="view-title">
      <Title2 as="h1" id="view-title">
        {t.planChanges.title}
      </Title2>
      {plan.data && <Text>{t.planChanges.of(plan.data.title)}</Text>}
      <Link href={hrefOf({ view: 'plan', planId })}>{t.planChanges.backToPlan}</Link>
      {error !== undefined && <LoadError error={error} />}
      {(!list.data || diff.loading) && error === undefined && <Loading />}
      {list.data && endorsed.length === 0 && (
        <MessageBar intent="info">
          <MessageBarBody>{t.planChanges.onlyOne}</MessageBarBody>
        </MessageBar>
      )}
      {list.data && chosenFrom !== undefined && (
        <div className={styles.bar}>
          <Field label={t.planChanges.from}>
            <Select value={String(chosenFrom)} onChange={(_e, d) => go({ from: Number(d.value) })}>
              {endorsed.map((r) => (
                <option key={r.revision} value={r.revision}>
                  {t.planChanges.revision(r.revision)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.planChanges.to}>
            <Select value={String(chosenTo)} onChange={(_e, d) => go({ to: d.value === 'current' ? 'current' : Number(d.value) })}>
              {revisions.map((r) =>
                r.current ? (
                  <option key="current" value="current">
                    {t.planChanges.current(t.planStatus[r.status])}
                  </option>
                ) : (
                  <option key={r.revision} value={r.revision}>
                    {t.planChanges.revision(r.revision)}
                  </option>
                ),
              )}
            </Select>
          </Field>
        </div>
      )}
      {changes && !diff.loading && (
        <>
          {changes.added.length + changes.removed.length + changes.changed.length === 0 && (
            <MessageBar intent="info">
              <MessageBarBody>{t.planChanges.none}</MessageBarBody>
            </MessageBar>
          )}
          {(['added', 'removed'] as const).map(
            (kind) =>
              changes[kind].length > 0 && (
                <section key={kind} aria-labelledby={`changes-${kind}`}>
                  <Title3 as="h2" id={`changes-${kind}`}>
                    {t.planChanges[kind](changes[kind].length)}
                  </Title3>
                  <ul className={styles.list}>
                    {changes[kind].map((item) => (
                      <li key={item.id}>{itemName(item)}</li>
                    ))}
                  </ul>
                </section>
              ),
          )}
          {changes.changed.length > 0 && (
            <section aria-labelledby="changes-changed">
              <Title3 as="h2" id="changes-changed">
                {t.planChanges.changed(changes.changed.length)}
              </Title3>
              <Table className={styles.table} size="small" aria-labelledby="changes-changed">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t.planChanges.item}</TableHeaderCell>
                    <TableHeaderCell>{t.planChanges.field}</TableHeaderCell>
                    <TableHeaderCell>{t.planChanges.before}</TableHeaderCell>
                    <TableHeaderCell>{t.planChanges.after}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {changes.changed.flatMap((item) =>
                    item.fields.map((f) => (
                      <TableRow key={`${item.id}:${f.field}`}>
                        <TableCell>{itemName(item)}</TableCell>
                        <TableCell>{fieldLabel(f.field)}</TableCell>
                        <TableCell className={styles.value}>{valueText(f.field, f.before)}</TableCell>
                        <TableCell className={styles.value}>{valueText(f.field, f.after)}</TableCell>
                      </TableRow>
                    )),
                  )}
                </TableBody>
              </Table>
            </section>
          )}
        </>
      )}
    </section>
  );
}
