// The workshops (the pilot and the office workshops): dates, venue, facilitators by name,
// status, participants and the plans that came out of them; recorded and changed by whoever
// the permission table lets manage that office's process. The figures part shows what the
// server computes from them (participants by level and sex, functions represented, offices
// with a workshop held and a plan produced). One read of GET /api/workshops serves both parts.

import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
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
import { AddRegular, EditRegular, PeopleRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Office, WorkshopList, WorkshopView } from '../../../contract';
import { apiPaths } from '../../api/api-paths';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { mayDo, mayDoAnywhere } from '../../app/roles';
import { hrefOf } from '../../app/routes';
import { useOverlay } from '../../app/use-overlay';
import { LoadError, Loading } from '../../app/StatusViews';
import { useI18n } from '../../i18n/i18n';
import { ParticipantsDialog } from './ParticipantsDialog';
import { WorkshopDialog } from './WorkshopDialog';
import { WorkshopFiguresTables } from './WorkshopFiguresTables';
import { workshopName } from './workshop-name';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingTop: tokens.spacingVerticalM },
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  scroller: { overflowX: 'auto' },
  table: { backgroundColor: tokens.colorNeutralBackground1, tableLayout: 'auto' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export function WorkshopsSection({ offices, part }: { offices: readonly Office[]; part: 'workshops' | 'figures' }) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, date, number } = i18n;
  const { api, me } = useApp();
  const list = useResource((signal) => api.get<WorkshopList>(apiPaths.workshops, signal).then((r) => r.body), [api]);
  const [notice, setNotice] = useState<string>();
  const editing = useOverlay<WorkshopView | 'new'>();
  const counting = useOverlay<WorkshopView>();
  // The pilot has no office: the Gender Unit's; an office workshop, its offices' focal points too.
  const mayManage = (w: WorkshopView) =>
    w.officeIds.length === 0 ? mayDo(me, 'manage-process') : w.officeIds.every((officeId) => mayDo(me, 'manage-process', { officeId }));
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
      {list.data && part === 'figures' && <WorkshopFiguresTables figures={list.data.figures} />}
      {list.data && part === 'workshops' && (
        <>
          {mayDoAnywhere(me, 'manage-process') && (
            <div className={styles.bar}>
              <Button appearance="primary" icon={<AddRegular />} onClick={() => editing.show('new')}>
                {t.workshops.add}
              </Button>
            </div>
          )}
          {list.data.workshops.length === 0 ? (
            <Text>{t.workshops.none}</Text>
          ) : (
            <div className={styles.scroller}>
              <Table className={styles.table} aria-label={t.process.workshops} size="small">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{t.workshops.kind}</TableHeaderCell>
                    <TableHeaderCell>{t.workshops.offices}</TableHeaderCell>
                    <TableHeaderCell>{t.workshops.dates}</TableHeaderCell>
                    <TableHeaderCell>{t.workshops.venue}</TableHeaderCell>
                    <TableHeaderCell>{t.workshops.facilitators}</TableHeaderCell>
                    <TableHeaderCell>{t.workshops.status}</TableHeaderCell>
                    <TableHeaderCell>{t.workshops.participants}</TableHeaderCell>
                    <TableHeaderCell>{t.workshops.plans}</TableHeaderCell>
                    <TableHeaderCell>{t.common.edit}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {list.data.workshops.map((w) => {
                    const name = workshopName(w, i18n);
                    return (
                      <TableRow key={w.id} data-workshop={w.id}>
                        <TableCell>{t.workshopKind[w.kind]}</TableCell>
                        <TableCell>{w.offices.length === 0 ? t.workshops.noOffice : w.offices.map((o) => o.name).join(', ')}</TableCell>
                        <TableCell>{w.start === w.end ? date(w.start) : `${date(w.start)} – ${date(w.end)}`}</TableCell>
                        <TableCell>{w.venue ?? '—'}</TableCell>
                        <TableCell>{w.facilitatorPeople.length === 0 ? '—' : w.facilitatorPeople.map((p) => p.name).join(', ')}</TableCell>
                        <TableCell>{t.workshopStatus[w.status]}</TableCell>
                        <TableCell>{t.workshops.participantsLine(number(w.totals.women), number(w.totals.men), number(w.totals.total))}</TableCell>
                        <TableCell>
                          {w.plans.length === 0 ? (
                            '—'
                          ) : (
                            <ul className={styles.list}>
                              {w.plans.map((p) => (
                                <li key={p.id}>
                                  <Link href={hrefOf({ view: 'plan', planId: p.id })}>{p.title}</Link>
                                </li>
                              ))}
                            </ul>
                          )}
                        </TableCell>
                        <TableCell>
                          {mayManage(w) && (
                            <div className={styles.actions}>
                              <Button
                                appearance="subtle"
                                icon={<EditRegular />}
                                aria-label={t.workshops.edit(name)}
                                title={t.workshops.edit(name)}
                                onClick={() => editing.show(w)}
                              />
                              <Button
                                appearance="subtle"
                                icon={<PeopleRegular />}
                                aria-label={t.workshops.editParticipants(name)}
                                title={t.workshops.editParticipants(name)}
                                onClick={() => counting.show(w)}
                              />
                            </div>
                          )}
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </div>
          )}
        </>
      )}
      {editing.subject && (
        <WorkshopDialog
          key={editing.key}
          open={editing.open}
          workshop={editing.subject === 'new' ? undefined : editing.subject}
          offices={offices}
          onClose={editing.hide}
          onStale={list.reload}
          onSaved={(created) => {
            editing.hide();
            changed(created ? t.workshops.created : t.workshops.saved);
          }}
        />
      )}
      {counting.subject && (
        <ParticipantsDialog
          key={counting.key}
          open={counting.open}
          workshop={counting.subject}
          onClose={counting.hide}
          onStale={list.reload}
          onSaved={() => {
            counting.hide();
            changed(t.participants.saved);
          }}
        />
      )}
    </div>
  );
}
