// A chart with its heading and, for screen readers and anyone who prefers numbers, the same
// data as a table one click away.

import { Card, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  chart: { minHeight: '240px', width: '100%' },
  summary: { cursor: 'pointer', color: tokens.colorBrandForegroundLink },
});

export interface ChartCardProps {
  title: string;
  /** Rows of the data table: a label and its values, in the columns' order. */
  rows: { label: string; values: string[] }[];
  columns: string[];
  children: ReactNode;
}

export function ChartCard({ title, rows, columns, children }: ChartCardProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const id = useId();
  return (
    <Card className={styles.card} aria-labelledby={id}>
      <Title3 as="h2" id={id}>
        {title}
      </Title3>
      <div className={styles.chart}>{children}</div>
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
