// The participants of a workshop, counted by level and function, women and men: one row per
// group, totals by sex and by level as the user types. Saving replaces the workshop's groups
// (PUT …/participants with the workshop's ETag); named participants, when there are any, are
// kept as they are.

import { Button, Input, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles } from '@fluentui/react-components';
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
import { workshopName } from './workshop-name';

const useStyles = makeStyles({
  surface: { maxWidth: '68rem', width: '100%' },
  choice: { minWidth: '13rem' },
  // Columns size to their content (Fluent's fixed layout shares the width out equally).
  table: { tableLayout: 'auto' },
  number: { width: '6rem' },
  scroller: { overflowX: 'auto' },
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
  const { busy, failure, ifMatch, save: saving } = useSaving(onStale);
  const count = (text: string) => parseLocaleNumber(text, locale) ?? 0;
  const groups = rows.map((r) => ({ level: r.level, function: r.function, women: count(r.women), men: count(r.men) }));
  const checked = validate(participantsInput, { groups, named: workshop.participants.named }, t);
  const server = serverFieldErrors(failure, t);
  const errorAt = (i: number, field: 'women' | 'men') => checked.errors[`groups.${i}.${field}`] ?? server[`groups.${i}.${field}`];
  const valid = (n: number) => (Number.isFinite(n) ? n : 0);
  const women = groups.reduce((sum, g) => sum + valid(g.women), 0);
  const men = groups.reduce((sum, g) => sum + valid(g.men), 0);
  const change = (key: number, patch: Partial<GroupRow>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () =>
    setRows((rs) => [...rs, { key: Math.max(-1, ...rs.map((r) => r.key)) + 1, level: 'professional', function: FUNCTIONAL_AREAS[0], women: '0', men: '0' }]);
  const name = workshopName(workshop, i18n);

  const save = async () => {
    if (!checked.ok) return;
    const { value } = checked;
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
      ready={checked.ok}
      failure={failure}
      enterActs={false}
      surfaceClassName={styles.surface}
    >
      <Text as="p">{t.participants.intro}</Text>
      {/* A problem of the list as a whole (the same level and function twice); a cell's own problem shows in its row. */}
      {checked.errors.groups && !Object.keys(checked.errors).some((k) => k.startsWith('groups.')) && <Text role="alert">{checked.errors.groups}</Text>}
      <div className={styles.scroller}>
        <Table className={styles.table} size="small" aria-label={t.participants.title(name)}>
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
                  <Select
                    className={styles.choice}
                    aria-label={t.participants.rowLabel(i + 1, t.participants.level)}
                    value={r.level}
                    onChange={(_e, d) => change(r.key, { level: PARTICIPANT_LEVELS.find((l) => l === d.value) ?? r.level })}
                  >
                    {PARTICIPANT_LEVELS.map((l) => (
                      <option key={l} value={l}>
                        {t.participantLevel[l]}
                      </option>
                    ))}
                  </Select>
                </TableCell>
                <TableCell>
                  <Select
                    className={styles.choice}
                    aria-label={t.participants.rowLabel(i + 1, t.participants.function)}
                    value={r.function}
                    onChange={(_e, d) => change(r.key, { function: FUNCTIONAL_AREAS.find((a) => a === d.value) ?? r.function })}
                  >
                    {FUNCTIONAL_AREAS.map((a) => (
                      <option key={a} value={a}>
                        {t.functionalArea[a]}
                      </option>
                    ))}
                  </Select>
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
            <TableRow>
              <TableCell>
                <Text weight="semibold">{t.participants.totals}</Text>
              </TableCell>
              <TableCell />
              <TableCell data-testid="total-women">{number(women)}</TableCell>
              <TableCell data-testid="total-men">{number(men)}</TableCell>
              <TableCell data-testid="total-all">{number(women + men)}</TableCell>
              <TableCell />
            </TableRow>
          </TableBody>
        </Table>
      </div>
      {rows.length === 0 && <Text>{t.participants.none}</Text>}
      <div>
        <Button icon={<AddRegular />} onClick={add}>
          {t.participants.addRow}
        </Button>
      </div>
    </FormDialog>
  );
}
