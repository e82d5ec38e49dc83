// The needs assessment: its findings, department-wide and per office, filtered by office,
// priority and "not yet addressed by an objective" (the coverage view), with the objectives
// that answer each. Whoever the permission table lets manage an office's process (the Gender
// Unit; the office's focal point for her office) records, edits and deletes findings here.

import {
  Button,
  Caption1,
  Checkbox,
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
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular, EditRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { FindingList, FindingView, Office } from '../../../contract';
import { FINDING_PRIORITIES } from '../../../domain/process';
import { apiPaths } from '../../api/api-paths';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { mayDo, mayDoAnywhere } from '../../app/roles';
import { hrefOf } from '../../app/routes';
import { useOverlay } from '../../app/use-overlay';
import { LoadError, Loading } from '../../app/StatusViews';
import { useI18n } from '../../i18n/i18n';
import { FindingDeleteDialog, FindingDialog } from './FindingDialog';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalM },
  filters: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  scroller: { overflowX: 'auto' },
  // Fluent's table shares the width out equally (a fixed layout): columns size to their content here.
  table: { backgroundColor: tokens.colorNeutralBackground1, tableLayout: 'auto' },
  title: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: '16rem' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** The office filter: '' all, DEPARTMENT the department-wide findings, else an office's id. */
const DEPARTMENT = '-';

export function FindingsSection({ offices }: { offices: readonly Office[] }) {
  const styles = useStyles();
  const { t } = useI18n();
  const { api, me } = useApp();
  const list = useResource((signal) => api.get<FindingList>(apiPaths.findings, signal).then((r) => r.body), [api]);
  const [office, setOffice] = useState('');
  const [priority, setPriority] = useState('');
  const [uncoveredOnly, setUncoveredOnly] = useState(false);
  const [notice, setNotice] = useState<string>();
  const editing = useOverlay<FindingView | 'new'>();
  const deleting = useOverlay<FindingView>();

  const shown = useMemo(
    () =>
      (list.data?.findings ?? []).filter(
        (f) =>
          (office === '' || (office === DEPARTMENT ? f.officeId === null : f.officeId === office)) &&
          (priority === '' || f.priority === priority) &&
          (!uncoveredOnly || !f.covered),
      ),
    [list.data, office, priority, uncoveredOnly],
  );
  const mayManage = (f: FindingView) => mayDo(me, 'manage-process', f.officeId ? { officeId: f.officeId } : undefined);
  const changed = (text: string) => {
    setNotice(text);
    list.reload();
  };

  return (
    <div className={styles.section}>
      {list.error !== undefined && <LoadError error={list.error} onRetry={list.reload} />}
      {!list.data && list.error === undefined && <Loading />}
      {notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {list.data && (
        <>
          <Text>{t.findings.coverage(list.data.coverage.covered, list.data.coverage.total)}</Text>
          <div className={styles.filters} role="group" aria-label={t.findings.filters}>
            <Field label={t.findings.office}>
              <Select value={office} onChange={(_e, d) => setOffice(d.value)}>
                <option value="">{t.findings.allOffices}</option>
                <option value={DEPARTMENT}>{t.findings.departmentWide}</option>
                {offices.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={t.findings.priority}>
              <Select value={priority} onChange={(_e, d) => setPriority(d.value)}>
                <option value="">{t.findings.anyPriority}</option>
                {FINDING_PRIORITIES.map((p) => (
                  <option key={p} value={p}>
                    {t.findingPriority[p]}
                  </option>
                ))}
              </Select>
            </Field>
            <Checkbox checked={uncoveredOnly} onChange={(_e, d) => setUncoveredOnly(d.checked === true)} label={t.findings.uncoveredOnly} />
            <Text role="status">{t.findings.shown(shown.length)}</Text>
            {mayDoAnywhere(me, 'manage-process') && (
              <Button appearance="primary" icon={<AddRegular />} onClick={() => editing.show('new')}>
                {t.findings.add}
              </Button>
            )}
          </div>
          {shown.length === 0 ? (
            <Text>{t.findings.none}</Text>
          ) : (
            <div className={styles.scroller}>
              <Table className={styles.table} aria-label={t.process.findings} size="small">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t.findings.title}</TableHeaderCell>
                    <TableHeaderCell>{t.findings.office}</TableHeaderCell>
                    <TableHeaderCell>{t.findings.priority}</TableHeaderCell>
                    <TableHeaderCell>{t.findings.source}</TableHeaderCell>
                    <TableHeaderCell>{t.findings.area}</TableHeaderCell>
                    <TableHeaderCell>{t.findings.paragraphs}</TableHeaderCell>
                    <TableHeaderCell>{t.findings.coveredBy}</TableHeaderCell>
                    <TableHeaderCell>{t.common.edit}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {shown.map((f) => (
                    <TableRow key={f.id} data-finding={f.id}>
                      <TableCell>
                        <div className={styles.title}>
                          <Text weight="semibold">{f.title}</Text>
                          <Caption1>{f.description}</Caption1>
                        </div>
                      </TableCell>
                      <TableCell>{f.office?.name ?? t.findings.departmentWide}</TableCell>
                      <TableCell>{t.findingPriority[f.priority]}</TableCell>
                      <TableCell>{t.findingSource[f.source]}</TableCell>
                      <TableCell>{t.functionalArea[f.functionalArea]}</TableCell>
                      <TableCell>{f.paragraphs.join(', ')}</TableCell>
                      <TableCell>
                        {f.coveredBy.length === 0 ? (
                          t.findings.notCovered
                        ) : (
                          <ul className={styles.list}>
                            {f.coveredBy.map((c) => (
                              <li key={c.objectiveId}>
                                <Link href={hrefOf({ view: 'plan', planId: c.planId })}>{t.findings.objectiveOf(c.officeCode, c.ref)}</Link>
                              </li>
                            ))}
                          </ul>
                        )}
                      </TableCell>
                      <TableCell>
                        {mayManage(f) && (
                          <div className={styles.actions}>
                            <Button
                              appearance="subtle"
                              icon={<EditRegular />}
                              aria-label={t.findings.edit(f.title)}
                              title={t.findings.edit(f.title)}
                              onClick={() => editing.show(f)}
                            />
                            <Button
                              appearance="subtle"
                              icon={<DeleteRegular />}
                              aria-label={t.findings.remove(f.title)}
                              title={t.findings.remove(f.title)}
                              onClick={() => deleting.show(f)}
                            />
                          </div>
                        )}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
        </>
      )}
      {editing.subject && (
        <FindingDialog
          key={editing.key}
          open={editing.open}
          finding={editing.subject === 'new' ? undefined : editing.subject}
          offices={offices}
          onClose={editing.hide}
          onStale={list.reload}
          onSaved={(created) => {
            editing.hide();
            changed(created ? t.findings.created : t.findings.saved);
          }}
        />
      )}
      {deleting.subject && (
        <FindingDeleteDialog
          key={deleting.key}
          open={deleting.open}
          finding={deleting.subject}
          onClose={deleting.hide}
          onDeleted={() => {
            deleting.hide();
            changed(t.findings.deleted);
          }}
        />
      )}
    </div>
  );
}
