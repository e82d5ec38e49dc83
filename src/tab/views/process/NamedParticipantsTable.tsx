// The participants of a workshop listed by name (issue 16), beside those counted in groups: one
// row per person with name, level, function and sex. A participant need not be in the directory,
// so the name is free text held to the domain's rules; a long one wraps. Made for the keyboard:
// a new row takes the focus on its name, a removed row hands it to the row that takes its place
// (or to Add), and at the list's bound (MAX_NAMED_PARTICIPANTS) Add stays focusable and says why
// it adds no more.

import {
  Button,
  Field,
  type FieldProps,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
  makeStyles,
  useId,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import { FUNCTIONAL_AREAS, type FunctionalArea } from '../../../domain/catalogues';
import { hasVisibleText } from '../../../domain/visible-text';
import { MAX_NAMED_PARTICIPANTS } from '../../../domain/process-inputs';
import { PARTICIPANT_LEVELS, SEXES, type ParticipantLevel, type Sex } from '../../../domain/process';
import { useI18n } from '../../i18n/i18n';
import { ChoiceSelect } from './ChoiceSelect';

const useStyles = makeStyles({
  // Columns size to their content; the name takes what is left, and a long name wraps onto more lines.
  table: { tableLayout: 'auto', width: '100%' },
  nameCell: { width: '100%' },
  name: { width: '100%', minWidth: '12rem' },
  // One line high (as the selects beside it) until the name needs more.
  nameText: { fieldSizing: 'content', minHeight: 0, paddingTop: '5px', paddingBottom: '5px' },
  level: { minWidth: '12rem' },
  function: { minWidth: '16rem' },
  sex: { minWidth: '8rem' },
  // The dialog's content scrolls as a whole: the table must not shrink into a scroll box of its own.
  scroller: { overflowX: 'auto', flexShrink: 0 },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: '12px', rowGap: '4px' },
});

/** A named participant as edited: the sex is unset until chosen (never guessed for someone). */
export interface NamedRow {
  key: number;
  name: string;
  level: ParticipantLevel;
  function: FunctionalArea;
  sex: Sex | undefined;
}

export type NamedField = 'name' | 'level' | 'function' | 'sex';

export interface NamedParticipantsTableProps {
  rows: readonly NamedRow[];
  onRowsChange(update: (rows: NamedRow[]) => NamedRow[]): void;
  /** The problem to show on a field now (the dialog decides when a problem is shown). */
  errorOf(key: number, field: NamedField): string | undefined;
  /** A field was left: its problem may show from now on. */
  onVisited(key: number, field: NamedField): void;
  /** A field was changed: its problem may show, and what the server said of it no longer holds. */
  onEdited(key: number, field: NamedField): void;
}

export function NamedParticipantsTable({ rows, onRowsChange, errorOf, onVisited, onEdited }: NamedParticipantsTableProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const limitId = useId('named-limit');
  const nameInputs = useRef(new Map<number, HTMLTextAreaElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  // Keys are never reused, so that a problem the server reported for a removed row cannot land on a new one.
  const nextKey = useRef(rows.reduce((max, r) => Math.max(max, r.key + 1), 0));
  const pendingFocus = useRef<number | 'add' | null>(null);
  const full = rows.length >= MAX_NAMED_PARTICIPANTS;

  // The focus moves once the rows it goes to are rendered.
  useEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    (target === 'add' ? addButton.current : nameInputs.current.get(target))?.focus();
  });

  const change = (key: number, patch: Partial<NamedRow>, field: NamedField) => {
    onRowsChange((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
    // A name is judged once left (not at its first letter); a choice as soon as it is made.
    onEdited(key, field);
    if (field !== 'name') onVisited(key, field);
  };
  const add = () => {
    if (full) return;
    const key = nextKey.current++;
    pendingFocus.current = key;
    // Senior management first: the people a workshop most often lists by name.
    onRowsChange((rs) => [...rs, { key, name: '', level: 'senior-management', function: FUNCTIONAL_AREAS[0], sex: undefined }]);
  };
  const remove = (key: number) => {
    const at = rows.findIndex((r) => r.key === key);
    const rest = rows.filter((r) => r.key !== key);
    pendingFocus.current = (rest[at] ?? rest[at - 1])?.key ?? 'add';
    onRowsChange((rs) => rs.filter((r) => r.key !== key));
  };
  const who = (r: NamedRow, n: number) => (hasVisibleText(r.name) ? r.name.trim() : t.participants.person(n));
  const field = (key: number, name: NamedField): Pick<FieldProps, 'validationMessage' | 'validationState'> => {
    const error = errorOf(key, name);
    return { validationMessage: error, validationState: error === undefined ? 'none' : 'error' };
  };

  return (
    <>
      {rows.length === 0 ? (
        <Text>{t.participants.noNamed}</Text>
      ) : (
        <div className={styles.scroller}>
          <Table className={styles.table} size="small" aria-label={t.participants.named}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.participants.name}</TableHeaderCell>
                <TableHeaderCell>{t.participants.level}</TableHeaderCell>
                <TableHeaderCell>{t.participants.function}</TableHeaderCell>
                <TableHeaderCell>{t.participants.sex}</TableHeaderCell>
                <TableHeaderCell>{t.process.delete}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r, i) => (
                <TableRow key={r.key} data-named-row={i + 1}>
                  <TableCell className={styles.nameCell}>
                    <Field {...field(r.key, 'name')}>
                      <Textarea
                        ref={(input) => {
                          if (input) nameInputs.current.set(r.key, input);
                          else nameInputs.current.delete(r.key);
                        }}
                        className={styles.name}
                        textarea={{ className: styles.nameText }}
                        resize="none"
                        rows={1}
                        aria-label={t.participants.personLabel(i + 1, t.participants.name)}
                        value={r.name}
                        // A name is one line that wraps: Enter adds no line, a pasted line break becomes a space.
                        onKeyDown={(e) => {
                          if (e.key === 'Enter') e.preventDefault();
                        }}
                        onChange={(_e, d) => change(r.key, { name: d.value.replace(/[\r\n]+/g, ' ') }, 'name')}
                        onBlur={() => onVisited(r.key, 'name')}
                      />
                    </Field>
                  </TableCell>
                  <TableCell>
                    <Field {...field(r.key, 'level')}>
                      <ChoiceSelect
                        className={styles.level}
                        label={t.participants.personLabel(i + 1, t.participants.level)}
                        values={PARTICIPANT_LEVELS}
                        words={t.participantLevel}
                        value={r.level}
                        onChange={(level) => change(r.key, { level }, 'level')}
                      />
                    </Field>
                  </TableCell>
                  <TableCell>
                    <Field {...field(r.key, 'function')}>
                      <ChoiceSelect
                        className={styles.function}
                        label={t.participants.personLabel(i + 1, t.participants.function)}
                        values={FUNCTIONAL_AREAS}
                        words={t.functionalArea}
                        value={r.function}
                        onChange={(fn) => change(r.key, { function: fn }, 'function')}
                      />
                    </Field>
                  </TableCell>
                  <TableCell>
                    <Field {...field(r.key, 'sex')}>
                      <Select
                        className={styles.sex}
                        aria-label={t.participants.personLabel(i + 1, t.participants.sex)}
                        value={r.sex ?? ''}
                        onChange={(_e, d) => change(r.key, { sex: SEXES.find((s) => s === d.value) }, 'sex')}
                        onBlur={() => onVisited(r.key, 'sex')}
                      >
                        <option value="" disabled>
                          {t.participants.chooseSex}
                        </option>
                        {SEXES.map((s) => (
                          <option key={s} value={s}>
                            {t.participantSex[s]}
                          </option>
                        ))}
                      </Select>
                    </Field>
                  </TableCell>
                  <TableCell>
                    <Button
                      appearance="subtle"
                      icon={<DeleteRegular />}
                      aria-label={t.participants.removePerson(who(r, i + 1))}
                      title={t.participants.removePerson(who(r, i + 1))}
                      onClick={() => remove(r.key)}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <div className={styles.bar}>
        <Button ref={addButton} icon={<AddRegular />} disabledFocusable={full} aria-describedby={full ? limitId : undefined} onClick={add}>
          {t.participants.addPerson}
        </Button>
        {full && <Text id={limitId}>{t.participants.namedLimit(MAX_NAMED_PARTICIPANTS)}</Text>}
      </div>
    </>
  );
}
