// The search over a plan: words, a target status, an owner (from the plan's own people, by
// name) and "overdue only", with the count of matching targets announced as it changes.

import { Button, Checkbox, Field, SearchBox, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { TargetStatus } from '../../../contract';
import { useApp } from '../../app/app-context';
import { useI18n } from '../../i18n/i18n';
import type { NameOf } from '../../people/use-person-names';
import { isSearching, NO_SEARCH, type PlanSearch } from './plan-search';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  words: { flexGrow: 1, minWidth: '16rem' },
  count: { paddingBottom: tokens.spacingVerticalS },
});

export interface PlanSearchBarProps {
  search: PlanSearch;
  onChange(search: PlanSearch): void;
  /** The e-mails of the plan's owners, for the owner filter. */
  owners: readonly string[];
  nameOf: NameOf;
  matchingTargets: number;
  targets: number;
}

export function PlanSearchBar({ search, onChange, owners, nameOf, matchingTargets, targets }: PlanSearchBarProps) {
  const styles = useStyles();
  const { t, compare } = useI18n();
  const { catalogue } = useApp();
  const set = (change: Partial<PlanSearch>) => onChange({ ...search, ...change });
  const byName = [...owners].sort((a, b) => compare(nameOf(a), nameOf(b)));
  return (
    <div className={styles.bar} role="search" aria-label={t.planSearch.label}>
      <Field className={styles.words} label={t.planSearch.label}>
        <SearchBox value={search.text} placeholder={t.planSearch.placeholder} onChange={(_e, d) => set({ text: d.value })} />
      </Field>
      <Field label={t.planSearch.status}>
        <Select value={search.status} onChange={(_e, d) => set({ status: d.value })}>
          <option value="">{t.planSearch.anyStatus}</option>
          {catalogue.targetStatuses.map((s: TargetStatus) => (
            <option key={s} value={s}>
              {t.targetStatus[s]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.planSearch.owner}>
        <Select value={search.owner} onChange={(_e, d) => set({ owner: d.value })}>
          <option value="">{t.planSearch.anyOwner}</option>
          {byName.map((email) => (
            <option key={email} value={email}>
              {nameOf(email)}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox label={t.planSearch.overdueOnly} checked={search.overdueOnly} onChange={(_e, d) => set({ overdueOnly: d.checked === true })} />
      <Text className={styles.count} role="status">
        {isSearching(search) ? t.planSearch.matches(matchingTargets, targets) : ''}
      </Text>
      {isSearching(search) && (
        <Button appearance="subtle" onClick={() => onChange(NO_SEARCH)}>
          {t.planSearch.clear}
        </Button>
      )}
    </div>
  );
}
