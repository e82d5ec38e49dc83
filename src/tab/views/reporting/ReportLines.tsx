// One row per target of a progress report: the target, last period's figure, the milestone
// (met or not), this period's figure (women and men for sex-disaggregated targets, their
// total derived), the status and a comment. Editable in the office's draft, text otherwise.

import {
  Badge,
  Caption1,
  Field,
  Input,
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
  tokens,
} from '@fluentui/react-components';
import type { ReportLineView, TargetStatus } from '../../../contract';
import { useApp } from '../../app/app-context';
import { useI18n, type I18n } from '../../i18n/i18n';
import { TargetStatusBadge } from '../../status/StatusBadges';
import { isSexLine, typedTotal, type LineDraft, type LineField } from './report-form';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto' },
  // Inputs need room: the editable table scrolls sideways on a narrow screen; a read-only one wraps.
  editing: { minWidth: '960px' },
  target: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, overflowWrap: 'break-word' },
  targetColumn: { width: '28%' },
  // A status badge reads as one word group, never broken inside its pill.
  nowrap: { whiteSpace: 'nowrap' },
  figures: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'end' },
  number: { width: '7rem' },
  cellStack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, alignItems: 'flex-start' },
  text: { whiteSpace: 'pre-wrap', overflowWrap: 'break-word' },
  // Fluent's textarea keeps its own width and ran past the last column's edge; it fills the cell instead.
  comment: { width: '100%', minWidth: '8rem', boxSizing: 'border-box' },
});

export interface ReportLinesProps {
  lines: readonly ReportLineView[];
  /** The lines as typed, by target id; absent when the report is read-only. */
  draft?: Record<string, LineDraft>;
  /** Problems by `${targetId}.${field}`. */
  errors?: Partial<Record<string, string>>;
  onChange?(targetId: string, field: LineField, value: string): void;
  /** Labels the table (the heading above it). */
  labelledBy: string;
}

export function ReportLines({ lines, draft, errors = {}, onChange, labelledBy }: ReportLinesProps) {
  const styles = useStyles();
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div className={styles.wrap}>
      <Table className={draft ? styles.editing : undefined} aria-labelledby={labelledBy} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.targetColumn}>{t.reporting.target}</TableHeaderCell>
            <TableHeaderCell>{t.reporting.previous}</TableHeaderCell>
            <TableHeaderCell>{t.reporting.milestone}</TableHeaderCell>
            <TableHeaderCell>{t.reporting.value}</TableHeaderCell>
            <TableHeaderCell>{t.reporting.status}</TableHeaderCell>
            <TableHeaderCell>{t.reporting.comment}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {lines.map((line) => {
            const typed = draft?.[line.targetId];
            const ref = line.target?.ref ?? '';
            return (
              <TableRow key={line.targetId}>
                <TableCell>
                  <div className={styles.target}>
                    <Text weight="semibold">{line.target ? `${line.target.ref} ${line.target.description}` : t.reporting.deletedTarget}</Text>
                    {line.target && <Caption1>{t.targetRow.indicator(line.target.indicator)}</Caption1>}
                  </div>
                </TableCell>
                <TableCell>
                  {line.previous ? (
                    <div className={styles.cellStack}>
                      <Text>{figureText(line, line.previous.value, i18n)}</Text>
                      <span className={styles.nowrap}>
                        <TargetStatusBadge status={line.previous.status} />
                      </span>
                    </div>
                  ) : (
                    t.reporting.none
                  )}
                </TableCell>
                <TableCell>
                  <div className={styles.cellStack}>
                    <Text>{line.milestone === null ? t.reporting.none : figureText(line, line.milestone, i18n)}</Text>
                    {line.milestoneMet !== null && (
                      <Badge appearance="tint" color={line.milestoneMet ? 'success' : 'danger'}>
                        {line.milestoneMet ? t.reporting.met : t.reporting.missed}
                      </Badge>
                    )}
                  </div>
                </TableCell>
                <TableCell>
                  {typed && onChange ? <FigureInputs line={line} typed={typed} errors={errors} onChange={onChange} /> : <Text>{savedFigure(line, i18n)}</Text>}
                </TableCell>
                <TableCell>
                  {typed && onChange ? (
                    <Field validationMessage={errors[`${line.targetId}.status`]}>
                      <StatusSelect label={t.reporting.statusOf(ref)} value={typed.status} onChange={(v) => onChange(line.targetId, 'status', v)} />
                    </Field>
                  ) : (
                    <span className={styles.nowrap}>
                      <TargetStatusBadge status={line.status} />
                    </span>
                  )}
                </TableCell>
                <TableCell>
                  {typed && onChange ? (
                    <Field validationMessage={errors[`${line.targetId}.comment`]}>
                      <Textarea
                        className={styles.comment}
                        aria-label={t.reporting.commentOf(ref)}
                        value={typed.comment}
                        resize="vertical"
                        onChange={(_e, d) => onChange(line.targetId, 'comment', d.value)}
                      />
                    </Field>
                  ) : (
                    <Text className={styles.text}>{line.comment ?? t.reporting.none}</Text>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

function FigureInputs({
  line,
  typed,
  errors,
  onChange,
}: {
  line: ReportLineView;
  typed: LineDraft;
  errors: Partial<Record<string, string>>;
  onChange: NonNullable<ReportLinesProps['onChange']>;
}) {
  const styles = useStyles();
  const { t, locale, number } = useI18n();
  const ref = line.target?.ref ?? '';
  const type = line.target?.indicatorType ?? 'number';
  if (isSexLine(line)) {
    const total = typedTotal(typed, locale);
    return (
      <div className={styles.figures}>
        {/* Labelled Women and Men: in the table, the row names the target. */}
        <Field label={t.reporting.women} validationMessage={errors[`${line.targetId}.women`]}>
          <Input className={styles.number} inputMode="numeric" value={typed.women} onChange={(_e, d) => onChange(line.targetId, 'women', d.value)} />
        </Field>
        <Field label={t.reporting.men} validationMessage={errors[`${line.targetId}.men`]}>
          <Input className={styles.number} inputMode="numeric" value={typed.men} onChange={(_e, d) => onChange(line.targetId, 'men', d.value)} />
        </Field>
        {/* The total is derived, never typed: shown as text and announced as it changes. */}
        <Text aria-live="polite">{t.reporting.total(total === null ? t.reporting.none : number(total))}</Text>
      </div>
    );
  }
  if (type === 'qualitative') return <Text>{t.reporting.none}</Text>;
  if (type === 'yes-no') {
    return (
      <Field validationMessage={errors[`${line.targetId}.value`]}>
        <Select aria-label={t.reporting.valueOf(ref)} value={typed.value} onChange={(_e, d) => onChange(line.targetId, 'value', d.value)}>
          <option value="">{t.reporting.none}</option>
          <option value="1">{t.reporting.yes}</option>
          <option value="0">{t.reporting.no}</option>
        </Select>
      </Field>
    );
  }
  return (
    <Field validationMessage={errors[`${line.targetId}.value`]}>
      <Input
        className={styles.number}
        inputMode="decimal"
        aria-label={t.reporting.valueOf(ref)}
        value={typed.value}
        contentAfter={type === 'percent' ? '%' : undefined}
        onChange={(_e, d) => onChange(line.targetId, 'value', d.value)}
      />
    </Field>
  );
}

function StatusSelect({ label, value, onChange }: { label: string; value: TargetStatus; onChange(value: string): void }) {
  const { t } = useI18n();
  const { catalogue } = useApp();
  return (
    <Select aria-label={label} value={value} onChange={(_e, d) => onChange(d.value)}>
      {catalogue.targetStatuses.map((s) => (
        <option key={s} value={s}>
          {t.targetStatus[s]}
        </option>
      ))}
    </Select>
  );
}

/** A figure of the line's target in words: yes/no, a percentage, or a number with its unit. */
export function figureText(line: Pick<ReportLineView, 'target'>, value: number | null, { t, number }: I18n): string {
  if (value === null) return t.reporting.none;
  const type = line.target?.indicatorType ?? 'number';
  if (type === 'yes-no') return value > 0 ? t.reporting.yes : t.reporting.no;
  if (type === 'percent') return `${number(value)} %`;
  const unit = line.target?.unit;
  return unit ? `${number(value)} ${unit}` : number(value);
}

/** The saved figure of a line: with women and men beside the total when the target counts them apart. */
function savedFigure(line: ReportLineView, i18n: I18n): string {
  if (isSexLine(line) && line.women !== null && line.men !== null) {
    return i18n.t.reporting.valueWithSex(figureText(line, line.value, i18n), i18n.number(line.women), i18n.number(line.men));
  }
  return figureText(line, line.value, i18n);
}
