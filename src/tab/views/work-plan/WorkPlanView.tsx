// One office's work plan: the editable hierarchy (objectives → activities → targets) for the
// office's focal point while the plan is a draft or returned, read-only for everyone else; or a
// frozen endorsed revision of it, read-only. The steps of its life (amend, next cycle, archive)
// for those the permission table lets take them. After every write the tree is read again.

import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useOverlay } from '../../app/use-overlay';
import type { Office, PlanTree } from '../../../contract';
import { etagOf } from '../../api/api-client';
import { apiPaths } from '../../api/api-paths';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { isFocalPointOf, mayDo, mayEditPlan } from '../../app/roles';
import { hrefOf } from '../../app/routes';
import { navigate } from '../../app/use-route';
import { LoadError, Loading } from '../../app/StatusViews';
import { VirtualList } from '../../app/VirtualList';
import { useI18n } from '../../i18n/i18n';
import { usePersonNames } from '../../people/use-person-names';
import type { EditorSubject, ItemChange } from './ItemEditor';
import { whenPageReleased } from './page-released';
import { PlanHeader, type EditBlock, type LifecycleActions } from './PlanHeader';
import { planRows, rowHeight, type PlanRow } from './plan-rows';
import { PlanRowView, type RowActions } from './PlanRowView';
import { filterPlanRows, NO_SEARCH, searchableText, type PlanSearch } from './plan-search';
import { PlanSearchBar } from './PlanSearchBar';
import type { PlanTransition } from './PlanTransitionDialog';
import { RevisionBar } from './RevisionBar';

// The editor and the submit dialog (with the validation library) are not needed to show the
// plan: they load once it is on screen, before anyone can click Edit.
const loadEditor = () => import('./ItemEditor');
const loadSubmitDialog = () => import('./SubmitDialog');
const ItemEditor = lazy(() => loadEditor().then((m) => ({ default: m.ItemEditor })));
const SubmitDialog = lazy(() => loadSubmitDialog().then((m) => ({ default: m.SubmitDialog })));
const loadLifecycleDialogs = () => Promise.all([import('./PlanTransitionDialog'), import('./NextCycleDialog')]);
const PlanTransitionDialog = lazy(() => loadLifecycleDialogs().then(([m]) => ({ default: m.PlanTransitionDialog })));
const NextCycleDialog = lazy(() => loadLifecycleDialogs().then(([, m]) => ({ default: m.NextCycleDialog })));

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export default function WorkPlanView({ planId, targetId, revision }: { planId: string; targetId?: string; revision?: number }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { api, me } = useApp();
  const plan = useResource(
    (signal) => api.get<PlanTree>(revision === undefined ? apiPaths.plan(planId) : apiPaths.planRevision(planId, revision), signal),
    [api, planId, revision],
  );
  const offices = useResource((signal) => api.get<Office[]>(apiPaths.offices, signal).then((r) => r.body), [api]);
  const editor = useOverlay<EditorSubject>();
  const submitting = useOverlay<true>();
  const transition = useOverlay<PlanTransition>();
  const nextCycle = useOverlay<true>();
  // A closed next-cycle dialog left mounted kept the next dialog opened on the page from closing
  // (Fluent 9.18): it goes once the page is given back, and a new opening mounts a fresh one.
  const [nextCycleGone, setNextCycleGone] = useState<number>();
  const closeNextCycle = () => {
    const key = nextCycle.key;
    nextCycle.hide();
    whenPageReleased(() => setNextCycleGone(key));
  };
  const [notice, setNotice] = useState<string>();
  const [search, setSearch] = useState<PlanSearch>(NO_SEARCH);
  /** The item to bring into view and focus: a deep link's target, or an item just added. */
  const [focusId, setFocusId] = useState(targetId);
  const [expandedIds, setExpandedIds] = useState<ReadonlySet<string>>(new Set());

  const tree = plan.data?.body;
  const rows = useMemo(() => (tree ? planRows(tree) : []), [tree]);
  const owners = useMemo(() => ownersOf(rows), [rows]);
  const nameOf = usePersonNames(owners);
  const found = useMemo(() => {
    const labels = (row: PlanRow) =>
      row.kind === 'objective'
        ? [t.pillar[row.objective.pillar], t.functionalArea[row.objective.functionalArea], ...row.objective.paragraphs.map((n) => t.paragraph[n - 1] ?? '')]
        : [];
    return filterPlanRows(rows, search, (row) => searchableText(row, nameOf, labels));
  }, [rows, search, nameOf, t]);
  const toggleDetails = useCallback(
    (id: string) =>
      setExpandedIds((open) => {
        const next = new Set(open);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const markInteractive = useCallback(() => {
    performance.mark('plan-interactive');
    void loadEditor();
    void loadSubmitDialog();
    void loadLifecycleDialogs();
  }, []);

  if (plan.error !== undefined && !tree) return <LoadError error={plan.error} onRetry={plan.reload} />;
  if (!tree) return <Loading />;

  const office = offices.data?.find((o) => o.id === tree.officeId);
  const editBlock: EditBlock =
    revision !== undefined
      ? 'old-revision'
      : tree.status === 'archived'
        ? 'archived'
        : mayEditPlan(me, tree)
          ? 'none'
          : isFocalPointOf(me, tree.officeId)
            ? 'not-editable-status'
            : 'not-focal-point';
  const scope = { officeId: tree.officeId };
  const live = revision === undefined;
  const lifecycle: LifecycleActions = {
    onAmend: live && tree.status === 'endorsed' && mayDo(me, 'amend-plan', scope) ? () => transition.show('amend') : undefined,
    onArchive: live && tree.status === 'endorsed' && mayDo(me, 'decide-plan', scope) ? () => transition.show('archive') : undefined,
    onNextCycle: live && (tree.status === 'endorsed' || tree.status === 'archived') && mayDo(me, 'create-plan', scope) ? () => nextCycle.show(true) : undefined,
  };
  const actions: RowActions = {
    editable: editBlock === 'none',
    highlightedId: focusId,
    nameOf,
    expandedIds,
    onToggleDetails: toggleDetails,
    onEdit: (row) => editor.show({ mode: 'edit', kind: row.kind, record: recordOf(row) }),
    onAdd: (row) =>
      editor.show(
        row.kind === 'objective'
          ? { mode: 'create', kind: 'activity', parentId: row.objective.id, parentRef: row.objective.ref }
          : { mode: 'create', kind: 'target', parentId: recordOf(row).id, parentRef: recordOf(row).ref },
      ),
  };

  return (
    <section className={styles.view} aria-labelledby="view-title">
      <PlanHeader
        plan={tree}
        etag={plan.data?.etag ?? null}
        officeName={office?.name ?? ''}
        editBlock={editBlock}
        maySubmit={editBlock === 'none'}
        onSubmit={() => submitting.show(true)}
        onAddObjective={() => editor.show({ mode: 'create', kind: 'objective', parentId: tree.id, parentRef: '' })}
        onTitleChanged={(changed, outcome) => {
          plan.setData(() => ({ body: changed, etag: etagOf(changed) }));
          setNotice(outcome === 'saved' ? t.planTitle.saved : undefined);
        }}
        lifecycle={lifecycle}
      />
      {(revision !== undefined || (tree.revision ?? 1) > 1) && <RevisionBar key={`${tree.revision ?? 1}:${tree.status}`} plan={tree} viewing={revision} />}
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {plan.error !== undefined && <LoadError error={plan.error} onRetry={plan.reload} />}
      {rows.length > 0 && (
        <PlanSearchBar search={search} onChange={setSearch} owners={owners} nameOf={nameOf} matchingTargets={found.matchingTargets} targets={found.targets} />
      )}
      {rows.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{t.plan.empty}</MessageBarBody>
        </MessageBar>
      ) : found.rows.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{t.planSearch.noMatch}</MessageBarBody>
        </MessageBar>
      ) : (
        <VirtualList
          items={found.rows}
          label={t.plan.outline}
          height="calc(100vh - 320px)"
          estimateHeight={rowHeight}
          rowKey={(r) => r.key}
          renderRow={(row) => <PlanRowView row={row} actions={actions} />}
          focusKey={focusId}
          onRendered={markInteractive}
        />
      )}
      <Suspense fallback={null}>
        {editor.subject && (
          <ItemEditor
            key={editor.key}
            subject={editor.subject}
            open={editor.open}
            onClose={editor.hide}
            cycle={tree.cycle}
            officeId={tree.officeId}
            onChanged={(change: ItemChange) => {
              if (change.kind === 'deleted') setNotice(t.deletion.done(t.kinds[change.itemKind], change.ref));
              else if (change.kind !== 'refreshed') setNotice(t.plan.saved);
              if (change.kind === 'created') {
                // A new item may not match the search: clear it, so the item can be shown.
                setSearch(NO_SEARCH);
                setFocusId(change.id);
              }
              plan.reload();
            }}
          />
        )}
        {submitting.subject && plan.data?.etag && (
          <SubmitDialog
            key={submitting.key}
            open={submitting.open}
            api={api}
            plan={tree}
            etag={plan.data.etag}
            onClose={submitting.hide}
            onStale={plan.reload}
            onSubmitted={() => {
              submitting.hide();
              setNotice(t.submit.done);
              plan.reload();
            }}
          />
        )}
        {transition.subject && plan.data?.etag && (
          <PlanTransitionDialog
            key={transition.key}
            action={transition.subject}
            open={transition.open}
            plan={tree}
            etag={plan.data.etag}
            onClose={transition.hide}
            onStale={plan.reload}
            onDone={(changed) => {
              transition.hide();
              setNotice(transition.subject === 'amend' ? t.planAmend.done(changed.revision ?? 1) : t.planArchive.done);
              plan.reload();
            }}
          />
        )}
        {nextCycle.subject && nextCycleGone !== nextCycle.key && (
          <NextCycleDialog
            key={nextCycle.key}
            open={nextCycle.open}
            plan={tree}
            onClose={closeNextCycle}
            onCreated={(created) => {
              nextCycle.hide();
              // The new plan opens once the closing dialog has given the page back.
              whenPageReleased(() => navigate(hrefOf({ view: 'plan', planId: created.id })));
            }}
          />
        )}
      </Suspense>
    </section>
  );
}

/** Everyone who owns an activity or a target of the plan, once each. */
function ownersOf(rows: readonly PlanRow[]): string[] {
  const owners = new Set<string>();
  for (const row of rows) {
    const owner = row.kind === 'activity' ? row.activity.owner : row.kind === 'target' ? row.target.owner : null;
    if (owner) owners.add(owner.toLowerCase());
  }
  return [...owners];
}

function recordOf(row: PlanRow) {
  return row.kind === 'objective' ? row.objective : row.kind === 'activity' ? row.activity : row.target;
}
