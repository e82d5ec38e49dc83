// "Start the next cycle" from an endorsed or archived plan: the user picks the cycle and sees,
// before anything is written, what the new draft plan takes (objectives, activities, targets not
// achieved nor dropped) and what it leaves, with the reason; confirming creates the plan, which
// then opens. The preview and the creation are the same server rule (POST …/next-cycle).

import {
  Caption1,
  Field,
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
import { useMemo, useState } from 'react';
import type { CycleSummary, NextCyclePreview, NextCycleResult, PlanTree } from '../../../contract';
import { apiPaths } from '../../api/api-paths';
import { useResource } from '../../api/use-resource';
import { useApp } from '../../app/app-context';
import { LoadError, Loading } from '../../app/StatusViews';
import { FormDialog } from '../../forms/FormDialog';
import { useSaving } from '../../forms/use-record-form';
import { useI18n } from '../../i18n/i18n';
import { cycleAfter, cycleChoices } from './plan-cycles';

const useStyles = makeStyles({
  // The dialog's content scrolls as a whole (its cycle picker is focusable), not a region of it.
  tables: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface NextCycleDialogProps {
  open: boolean;
  plan: PlanTree;
  onClose(): void;
  onCreated(plan: PlanTree): void;
}

export function NextCycleDialog({ open, plan, onClose, onCreated }: NextCycleDialogProps) {
  const styles = useStyles();
  const { t, date } = useI18n();
  const { api } = useApp();
  const cycles = useResource((signal) => api.get<CycleSummary[]>(apiPaths.cycles, signal).then((r) => r.body), [api]);
  // Cycles after the plan's: the registered ones and the one that follows it.
  const choices = useMemo(
    () => cycleChoices([cycleAfter(plan.cycle) ?? plan.cycle, ...(cycles.data ?? []).map((c) => c.code)]).filter((c) => c > plan.cycle),
    [plan.cycle, cycles.data],
  );
  const [cycle, setCycle] = useState<string>();
  const chosen = cycle ?? cycleAfter(plan.cycle) ?? choices[0] ?? '';
  const preview = useResource(
    (signal) => api.send<NextCyclePreview>('POST', apiPaths.nextCycle(plan.id, true), { body: { cycle: chosen }, signal }).then((r) => r.body),
    [api, plan.id, chosen],
  );
  const { busy, failure, save } = useSaving();

  const confirm = async () => {
    if (!preview.data) return;
    await save(async () => {
      const { body } = await api.send<NextCycleResult>('POST', apiPaths.nextCycle(plan.id, false), { body: { cycle: chosen } });
      onCreated(body.plan);
    });
  };
  const shown = preview.loading ? undefined : preview.data;

  return (
    <FormDialog
      open={open}
      title={t.nextCycle.title}
      action={t.nextCycle.confirm}
      onAction={() => void confirm()}
      onClose={onClose}
      busy={busy}
      ready={shown !== undefined}
      failure={failure}
      enterActs={false}
    >
      <Text as="p">{t.nextCycle.intro}</Text>
      <Field label={t.nextCycle.cycle}>
        <Select value={chosen} onChange={(_e, d) => setCycle(d.value)}>
          {choices.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </Select>
      </Field>
      {preview.error !== undefined && !preview.loading && <LoadError error={preview.error} />}
      {preview.loading && <Loading label={t.nextCycle.loading} />}
      {shown && (
        <section aria-labelledby="next-cycle-preview" className={styles.tables}>
          <Text weight="semibold" id="next-cycle-preview">
            {t.nextCycle.preview}
          </Text>
          <Caption1>{t.nextCycle.newTitle(shown.title)}</Caption1>
          {!shown.cycle.registered && <Caption1>{t.nextCycle.unregistered(shown.cycle.code)}</Caption1>}
          <Table size="small" aria-label={t.nextCycle.copied(shown.copied.length)}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.nextCycle.copied(shown.copied.length)}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {shown.copied.map((item) => (
                <TableRow key={item.sourceId}>
                  <TableCell>
                    {t.planChanges.itemName(t.planChanges.entity[item.entity], item.ref, item.label)}
                    {item.dueDate && ` (${t.nextCycle.newDue(date(item.dueDate))})`}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {shown.notCopied.length > 0 && (
            <Table size="small" aria-label={t.nextCycle.notCopied(shown.notCopied.length)}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t.nextCycle.notCopied(shown.notCopied.length)}</TableHeaderCell>
                  <TableHeaderCell>{t.nextCycle.why}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {shown.notCopied.map((item) => (
                  <TableRow key={item.sourceId}>
                    <TableCell>{t.planChanges.itemName(t.planChanges.entity[item.entity], item.ref, item.label)}</TableCell>
                    <TableCell>{t.nextCycle.reason[item.reason]}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          <Caption1>{t.nextCycle.checkIns(shown.checkInsNotCopied)}</Caption1>
        </section>
      )}
    </FormDialog>
  );
}
