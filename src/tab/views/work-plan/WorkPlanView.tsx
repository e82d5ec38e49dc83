// One office's work plan: the editable hierarchy (objectives → activities → targets) for the
// office's focal point while the plan is a draft or returned, read-only for everyone else.
// After every write the tree is read again, for the new roll-ups and the plan's new ETag.

import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useOverlay } from '../../app/use-overlay';
import type { PlanTree } from '../../api/api-types';
import { apiPaths } from '../../api/api-paths';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { isFocalPointOf, mayEditPlan } from '../../app/roles';
import { LoadError, Loading } from '../../app/StatusViews';
import { VirtualList } from '../../app/VirtualList';
import { useI18n } from '../../i18n/i18n';
import type { EditorSubject } from './ItemEditor';
import { PlanHeader, type EditBlock } from './PlanHeader';
import { planRows, rowHeight, type PlanRow } from './plan-rows';
import { PlanRowView, type RowActions } from './PlanRowView';

// The editor and the submit dialog (with the validation library) are not needed to show the
// plan: they load once it is on screen, before anyone can click Edit.
const loadEditor = () => import('./ItemEditor');
const loadSubmitDialog = () => import('./SubmitDialog');
const ItemEditor = lazy(() => loadEditor().then((m) => ({ default: m.ItemEditor })));
const SubmitDialog = lazy(() => loadSubmitDialog().then((m) => ({ default: m.SubmitDialog })));

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

interface OfficeName {
  id: string;
  code: string;
  name: string;
}

export default function WorkPlanView({ planId, targetId }: { planId: string; targetId?: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { api, me } = useApp();
  const plan = useResource((signal) => api.get<PlanTree>(apiPaths.plan(planId), signal), [api, planId]);
  const offices = useResource((signal) => api.get<OfficeName[]>(apiPaths.offices, signal).then((r) => r.body), [api]);
  const editor = useOverlay<EditorSubject>();
  const submitting = useOverlay<true>();
  const [notice, setNotice] = useState<string>();

  const tree = plan.data?.body;
  const rows = useMemo(() => (tree ? planRows(tree) : []), [tree]);
  const focusIndex = targetId ? rows.findIndex((r) => r.kind === 'target' && r.target.id === targetId) : -1;
  const markInteractive = useCallback(() => {
    performance.mark('plan-interactive');
    void loadEditor();
    void loadSubmitDialog();
  }, []);

  if (plan.error !== undefined && !tree) return <LoadError error={plan.error} onRetry={plan.reload} />;
  if (!tree) return <Loading />;

  const office = offices.data?.find((o) => o.id === tree.officeId);
  const editBlock: EditBlock = mayEditPlan(me, tree) ? 'none' : isFocalPointOf(me, tree.officeId) ? 'not-editable-status' : 'not-focal-point';
  const actions: RowActions = {
    editable: editBlock === 'none',
    highlightedId: targetId,
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
        officeName={office?.name ?? ''}
        editBlock={editBlock}
        maySubmit={editBlock === 'none'}
        onSubmit={() => submitting.show(true)}
        onAddObjective={() => editor.show({ mode: 'create', kind: 'objective', parentId: tree.id, parentRef: '' })}
      />
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {plan.error !== undefined && <LoadError error={plan.error} onRetry={plan.reload} />}
      {rows.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{t.plan.empty}</MessageBarBody>
        </MessageBar>
      ) : (
        <VirtualList
          items={rows}
          label={t.plan.outline}
          height="calc(100vh - 260px)"
          estimateHeight={rowHeight}
          rowKey={(r) => r.key}
          renderRow={(row) => <PlanRowView row={row} actions={actions} />}
          scrollToIndex={focusIndex >= 0 ? focusIndex : undefined}
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
            onChanged={() => {
              setNotice(t.plan.saved);
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
      </Suspense>
    </section>
  );
}

function recordOf(row: PlanRow) {
  return row.kind === 'objective' ? row.objective : row.kind === 'activity' ? row.activity : row.target;
}
