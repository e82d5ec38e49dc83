// The figures of the planning process, as the server computes them from the held workshops and
// the plans linked to them (never typed): whether the pilot was held, how many offices held
// their workshop and produced a plan from it, participants by level and sex per office, and the
// functions represented. Plain tables with headers, so screen readers read each figure with its
// office and column.

import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkshopFigures, WorkshopFiguresRow } from '../../../contract';
import { useI18n } from '../../i18n/i18n';

const useStyles = makeStyles({
  figures: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  scroller: { overflowX: 'auto' },
  table: { backgroundColor: tokens.colorNeutralBackground1 },
});

export function WorkshopFiguresTables({ figures }: { figures: WorkshopFigures }) {
  const styles = useStyles();
  const { t, number, percent, date } = useI18n();
  const rows: { label: string; row: WorkshopFiguresRow }[] = [
    ...figures.offices.map((row) => ({ label: row.office?.name ?? '', row })),
    { label: t.figures.department, row: figures.department },
  ];
  const levels = figures.department.byLevel.map((l) => l.level);

  return (
    <div className={styles.figures}>
      <section aria-labelledby="figures-summary">
        <Title3 as="h2" id="figures-summary">
          {t.figures.summary}
        </Title3>
        <ul className={styles.list}>
          <li>
            {t.figures.pilot}: {figures.pilotHeld ? t.process.yes : t.process.no}
          </li>
          <li>{t.figures.officesHeld(figures.officesWithWorkshopHeld, figures.officeCount)}</li>
          <li>{t.figures.officesPlan(figures.officesWithWorkshopAndPlan, figures.officeCount)}</li>
        </ul>
      </section>
      <section aria-labelledby="figures-levels" className={styles.scroller}>
        <Title3 as="h2" id="figures-levels">
          {t.figures.byLevel}
        </Title3>
        <Table className={styles.table} size="small" aria-labelledby="figures-levels">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.figures.office}</TableHeaderCell>
              {levels.map((l) => (
                <TableHeaderCell key={l}>{t.participantLevel[l]}</TableHeaderCell>
              ))}
              <TableHeaderCell>{t.participants.total}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map(({ label, row }) => (
              <TableRow key={row.office?.id ?? 'department'}>
                <TableHeaderCell scope="row">{label}</TableHeaderCell>
                {row.byLevel.map((l) => (
                  <TableCell key={l.level}>{t.workshops.participantsLine(number(l.women), number(l.men), number(l.total))}</TableCell>
                ))}
                <TableCell>
                  {t.workshops.participantsLine(number(row.participants.women), number(row.participants.men), number(row.participants.total))}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
      <section aria-labelledby="figures-functions" className={styles.scroller}>
        <Title3 as="h2" id="figures-functions">
          {t.figures.functions}
        </Title3>
        <Table className={styles.table} size="small" aria-labelledby="figures-functions">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.figures.office}</TableHeaderCell>
              <TableHeaderCell>{t.figures.workshopsHeld}</TableHeaderCell>
              <TableHeaderCell>{t.figures.lastHeld}</TableHeaderCell>
              <TableHeaderCell>{t.figures.planProduced}</TableHeaderCell>
              <TableHeaderCell>{t.figures.functionShare}</TableHeaderCell>
              <TableHeaderCell>{t.figures.functionList}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map(({ label, row }) => (
              <TableRow key={row.office?.id ?? 'department'}>
                <TableHeaderCell scope="row">{label}</TableHeaderCell>
                <TableCell>{number(row.workshopsHeld)}</TableCell>
                <TableCell>{row.lastHeld ? date(row.lastHeld) : '—'}</TableCell>
                <TableCell>
                  {row.office
                    ? row.planProduced
                      ? t.process.yes
                      : t.process.no
                    : t.figures.officesPlan(figures.officesWithWorkshopAndPlan, figures.officeCount)}
                </TableCell>
                <TableCell>{percent(row.functionShare)}</TableCell>
                <TableCell>
                  {row.functionsRepresented.length === 0 ? t.figures.none : row.functionsRepresented.map((a) => t.functionalArea[a]).join(', ')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
    </div>
  );
}
