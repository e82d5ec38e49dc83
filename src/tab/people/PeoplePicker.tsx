// Choosing a person: type part of a name or e-mail, pick from the directory (GET /api/people?q=,
// debounced as you type). Fluent's Combobox gives the keyboard behaviour of a combobox (arrows,
// Enter, Escape) and announces the options; the chosen person shows by name, stored by e-mail.

import { Caption1, Combobox, Option, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { apiPaths } from '../api/api-paths';
import { useApp } from '../app/app-context';
import { useI18n } from '../i18n/i18n';
import type { Person } from './people-names';
import { usePersonNames } from './use-person-names';

/** Wait this long after the last keystroke before asking the directory. */
const DEBOUNCE_MS = 250;

const useStyles = makeStyles({
  option: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

/** Its label, hint and error come from the surrounding Fluent Field. */
export interface PeoplePickerProps {
  /** The chosen person's e-mail, or '' for nobody. */
  value: string;
  onChange(email: string): void;
  /** Offers a button that clears the choice (for optional fields). */
  clearable?: boolean;
}

export function PeoplePicker({ value, onChange, clearable = false }: PeoplePickerProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const { api, people } = useApp();
  const nameOf = usePersonNames([value]);
  /** What the user is typing; undefined while the input shows the chosen person. */
  const [query, setQuery] = useState<string>();
  const [results, setResults] = useState<{ query: string; people: Person[] }>();
  /** Open while typing, however the text arrived (typed, pasted, dictated). */
  const [open, setOpen] = useState(false);
  const selectedOnFocus = useRef(false);

  const text = query?.trim() ?? '';
  useEffect(() => {
    if (!text) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api.get<{ people: Person[] }>(apiPaths.people(text.slice(0, 100)), controller.signal).then(
        ({ body }) => {
          people.remember(body.people);
          setResults({ query: text, people: body.people });
        },
        () => setResults({ query: text, people: [] }),
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, people, text]);

  const found = results && text ? results.people : [];
  const searching = text !== '' && results?.query !== text;
  return (
    <Combobox
      value={query ?? (value ? nameOf(value) : '')}
      selectedOptions={value ? [value] : []}
      placeholder={t.people.placeholder}
      clearable={clearable}
      freeform
      open={open}
      onOpenChange={(_e, d) => {
        setOpen(d.open);
        // Closed without a choice (Escape): show the chosen person again.
        if (!d.open) setQuery(undefined);
      }}
      onChange={(e) => {
        setQuery(e.target.value);
        setOpen(true);
      }}
      onOptionSelect={(e, d) => {
        // The combobox also "clears the selection" as soon as the typed text differs from the
        // chosen name: the chosen person stays until someone else is picked, or the clear
        // button is used (a click, not a change of the text).
        if (d.optionValue === undefined && e.type === 'change') return;
        setQuery(undefined);
        setResults(undefined);
        onChange(d.optionValue ?? '');
      }}
      // Typing replaces the chosen name rather than adding to it; the mouse-up of the click
      // that focused the field would otherwise drop the selection.
      input={{
        onFocus: (e) => {
          e.currentTarget.select();
          selectedOnFocus.current = true;
        },
        onMouseUp: (e) => {
          if (selectedOnFocus.current) e.preventDefault();
          selectedOnFocus.current = false;
        },
      }}
      onBlur={() => setQuery(undefined)}
    >
      {found.map((p) => (
        <Option key={p.email} value={p.email} text={p.name}>
          <span className={styles.option}>
            {p.name}
            <Caption1>{p.email}</Caption1>
          </span>
        </Option>
      ))}
      {text !== '' && found.length === 0 && (
        <Option key="status" value="" text="" disabled>
          {searching ? t.people.searching : t.people.noneFound(text)}
        </Option>
      )}
    </Combobox>
  );
}
