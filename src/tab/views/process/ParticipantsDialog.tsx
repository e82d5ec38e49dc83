// The participants of a workshop (issue 16): counted in groups by level and function, women and
// men, and listed by name (NamedParticipantsTable), or both — a workshop may name its senior
// managers and count the rest. Totals by level and sex cover both as the user types. Saving
// sends groups and named people together (PUT …/participants with the workshop's ETag); a
// problem the server finds lands on the row and field it names ("named.3.name").

import { Button, Input, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { WorkshopView } from '../../../contract';
import { FUNCTIONAL_AREAS, type FunctionalArea } from '../../../domain/catalogues';
import { participantsInput } from '../../../domain/process-inputs';
import { PARTICIPANT_LEVELS, type ParticipantLevel } from '../../../domain/process';
import { etagOf } from '../../api/api-client';
import { apiPaths } from '../../api/api-paths';
import { useApp } from '../../app/app-context';
import { FormDialog } from '../../forms/FormDialog';
import { useSaving } from '../../forms/use-record-form';
import { parseLocaleNumber, serverFieldErrors, validate } from '../../forms/validation';
import { useI18n } from '../../i18n/i18n';
import { ChoiceSelect } from './ChoiceSelect';
import { NamedParticipantsTable, type NamedField, type NamedRow } from './NamedParticipantsTable';
import { ParticipantTotalsTable } from './ParticipantTotalsTable';
import { workshopName } from './workshop-name';

const useStyles = makeStyles({
  surface: { maxWidth: '68rem', width: '100%' },
  choice: { minWidth: '13rem' },
  // Columns size to their content (Fluent's fixed layout shares the width out equally).
  table: { tableLayout: 'auto' },
  number: { width: '6rem' },
  // The dialog's content scrolls as a whole: the table must not shrink into a scroll box of its own.
  scroller: { overflowX: 'auto', flexShrink: 0 },
  part: { margin: 0 },
});

interface GroupRow {
  key: number;
  level: ParticipantLevel;
  function: FunctionalArea;
  women: string;
  men: string;
}

export interface ParticipantsDialogProps {
  open: boolean;
  workshop: WorkshopView;
  onClose(): void;
  onSaved(): void;
  onStale(): void;
}

export function ParticipantsDialog({ open, workshop, onClose, onSaved, onStale }: ParticipantsDialogProps) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t, number, locale } = i18n;
  const { api } = useApp();
  const [rows, setRows] = useState<GroupRow[]>(() =>
    workshop.participants.groups.map((g, key) => ({ key, level: g.level, function: g.function, women: String(g.women), men: String(g.men) })),
  );
  const [namedRows, setNamedRows] = useState<NamedRow[]>(() => workshop.participants.named.map((p, key) => ({ key, ...p })));
  // A named row's problem shows once its field was changed or left, or a save was tried with the row: not on a row just added.
  const [visited, setVisited] = useState<ReadonlySet<string>>(new Set());
  const [tried, setTried] = useState<ReadonlySet<number>>(new Set());
  // The rows in the order last sent, so that the server's "named.3.name" finds its row after rows were removed;
  // a field changed since shows its own check instead.
  const [sent, setSent] = useState<{ keys: number[]; changed: ReadonlySet<string> }>({ keys: [], changed: new Set() });
  const { busy, failure, ifMatch, save: saving } = useSaving(onStale);
  const count = (text: string) => parseLocaleNumber(text, locale) ?? 0;
  const groups = rows.map((r) => ({ level: r.level, function: r.function, women: count(r.women), men: count(r.men) }));
  const named = namedRows.map((r) => ({ name: r.name, level: r.level, function: r.function, sex: r.sex }));
  const checked = validate(participantsInput, { groups, named }, t);
  const server = serverFieldErrors(failure, t);
  const errorAt = (i: number, field: 'women' | 'men') => checked.errors[`groups.${i}.${field}`] ?? server[`groups.${i}.${field}`];
  const namedErrorOf = (key: number, field: NamedField) => {
    const at = namedRows.findIndex((r) => r.key === key);
    const own = tried.has(key) || visited.has(`${key}.${field}`) ? checked.errors[`named.${at}.${field}`] : undefined;
    const sentAt = sent.keys.indexOf(key);
    return own ?? (sentAt < 0 || sent.changed.has(`${key}.${field}`) ? undefined : server[`named.${sentAt}.${field}`]);
  };
  const visit = (key: number, field: NamedField) => setVisited((v) => new Set(v).add(`${key}.${field}`));
  const edit = (key: number, field: NamedField) => setSent((s) => ({ ...s, changed: new Set(s.changed).add(`${key}.${field}`) }));
  const valid = (n: number) => (Number.isFinite(n) ? n : 0);
  const change = (key: number, patch: Partial<GroupRow>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () =>
    setRows((rs) => [...rs, { key: Math.max(-1, ...rs.map((r) => r.key)) + 1, level: 'professional', function: FUNCTIONAL_AREAS[0], women: '0', men: '0' }]);
  const name = workshopName(workshop, i18n);
  // A problem of a list as a whole (the same level and function twice; too many people); a cell's own problem shows in its row.
  const listProblem = (list: 'groups' | 'named') =>
    Object.keys(checked.errors).some((k) => k.startsWith(`${list}.`)) ? undefined : (checked.errors[list] ?? server[list]);

  const save = async () => {
    setTried(new Set(namedRows.map((r) => r.key)));
    if (!checked.ok) return;
    const { value } = checked;
    setSent({ keys: namedRows.map((r) => r.key), changed: new Set() });
    await saving(async () => {
      await api.send('PUT', apiPaths.workshopParticipants(workshop.id), { body: value, ifMatch: ifMatch ?? etagOf(workshop) });
      onSaved();
    });
  };

  return (
    <FormDialog
      open={open}
      title={t.participants.title(name)}
      action={t.participants.save}
      onAction={() => void save()}
      onClose={onClose}
      busy={busy}
      failure={failure}
      enterActs={false}
      surfaceClassName={styles.surface}
    >
      <Text as="p" className={styles.part}>
        {t.participants.intro}
      </Text>
      <Subtitle2 as="h3" className={styles.part}>
        {t.participants.groups}
      </Subtitle2>
      {listProblem('groups') && <Text role="alert">{listProblem('groups')}</Text>}
      {rows.length === 0 ? (
        <Text>{t.participants.noGroups}</Text>
      ) : (
        <div className={styles.scroller}>
          <Table className={styles.table} size="small" aria-label={t.participants.groups}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.participants.level}</TableHeaderCell>
                <TableHeaderCell>{t.participants.function}</TableHeaderCell>
                <TableHeaderCell>{t.participants.women}</TableHeaderCell>
                <TableHeaderCell>{t.participants.men}</TableHeaderCell>
                <TableHeaderCell>{t.participants.total}</TableHeaderCell>
                <TableHeaderCell>{t.process.delete}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r, i) => (
                <TableRow key={r.key}>
                  <TableCell>
                    <ChoiceSelect
                      className={styles.choice}
                      label={t.participants.rowLabel(i + 1, t.participants.level)}
                      values={PARTICIPANT_LEVELS}
                      words={t.participantLevel}
                      value={r.level}
                      onChange={(level) => change(r.key, { level })}
                    />
                  </TableCell>
                  <TableCell>
                    <ChoiceSelect
                      className={styles.choice}
                      label={t.participants.rowLabel(i + 1, t.participants.function)}
                      values={FUNCTIONAL_AREAS}
                      words={t.functionalArea}
                      value={r.function}
                      onChange={(fn) => change(r.key, { function: fn })}
                    />
                  </TableCell>
                  {(['women', 'men'] as const).map((field) => (
                    <TableCell key={field}>
                      <Input
                        className={styles.number}
                        inputMode="numeric"
                        aria-label={t.participants.rowLabel(i + 1, t.participants[field])}
                        aria-invalid={errorAt(i, field) !== undefined}
                        title={errorAt(i, field)}
                        value={r[field]}
                        onChange={(_e, d) => change(r.key, { [field]: d.value })}
                      />
                      {errorAt(i, field) && <Text role="alert">{errorAt(i, field)}</Text>}
                    </TableCell>
                  ))}
                  <TableCell>{number(valid(groups[i]?.women ?? 0) + valid(groups[i]?.men ?? 0))}</TableCell>
                  <TableCell>
                    <Button
                      appearance="subtle"
                      icon={<DeleteRegular />}
                      aria-label={t.participants.removeRow(i + 1)}
                      onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <div>
        <Button icon={<AddRegular />} onClick={add}>
          {t.participants.addRow}
        </Button>
      </div>
      <Subtitle2 as="h3" className={styles.part}>
        {t.participants.named}
      </Subtitle2>
      <Text as="p" className={styles.part}>
        {t.participants.namedIntro}
      </Text>
      {listProblem('named') && <Text role="alert">{listProblem('named')}</Text>}
      <NamedParticipantsTable rows={namedRows} onRowsChange={setNamedRows} errorOf={namedErrorOf} onVisited={visit} onEdited={edit} />
      <Subtitle2 as="h3" className={styles.part}>
        {t.participants.totals}
      </Subtitle2>
      <ParticipantTotalsTable groups={groups} named={namedRows} />
    </FormDialog>
  );
}
