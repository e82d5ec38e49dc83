// A chart with its heading and, for screen readers and anyone who prefers numbers, the same
// data as a table one click away.

import { Card, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  // The charts library capitalises every word of a legend ("On Track"); statuses read as the app writes them ("On track").
  chart: { minHeight: '240px', width: '100%', '& button': { textTransform: 'none' } },
  summary: { cursor: 'pointer', color: tokens.colorBrandForegroundLink },
});

export interface ChartCardProps {
  title: string;
  /** Rows of the data table: a label and its values, in the columns' order. */
  rows: { label: string; values: string[] }[];
  columns: string[];
  /** The chart's text alternative: what it shows, in a sentence (the table has the figures). */
  description?: string;
  /** Choices above the chart (what it shows), and notes under it. */
  controls?: ReactNode;
  notes?: ReactNode;
  children: ReactNode;
}

export function ChartCard({ title, rows, columns, description, controls, notes, children }: ChartCardProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const id = useId();
  const descriptionId = useId();
  return (
    <Card className={styles.card} aria-labelledby={id} aria-describedby={description ? descriptionId : undefined}>
      <Title3 as="h2" id={id}>
        {title}
      </Title3>
      {controls}
      {description && (
        <Text id={descriptionId} size={200}>
          {description}
        </Text>
      )}
      <div className={styles.chart}>{children}</div>
      {notes}
      <details>
        <summary className={styles.summary}>{t.dashboard.showData}</summary>
        <Table size="extra-small" aria-labelledby={id}>
          <TableHeader>
            <TableRow>
              {columns.map((c) => (
                <TableHeaderCell key={c}>{c}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.label}>
                <TableCell>{row.label}</TableCell>
                {row.values.map((v, i) => (
                  <TableCell key={i}>{v}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </details>
    </Card>
  );
}
