// A drop-down of one of the domain's fixed lists (a participant's level, a functional area),
// each value shown in the user's words and given back typed: the participants dialog's counted
// groups and its named people choose from the same lists in the same way.

import { Select } from '@fluentui/react-components';

export interface ChoiceSelectProps<T extends string> {
  /** The values, in the order offered. */
  values: readonly T[];
  /** Each value in the user's language. */
  words: Readonly<Record<T, string>>;
  value: T;
  label: string;
  className?: string;
  onChange(value: T): void;
}

export function ChoiceSelect<T extends string>({ values, words, value, label, className, onChange }: ChoiceSelectProps<T>) {
  return (
    <Select className={className} aria-label={label} value={value} onChange={(_e, d) => onChange(values.find((v) => v === d.value) ?? value)}>
      {values.map((v) => (
        <option key={v} value={v}>
          {words[v]}
        </option>
      ))}
    </Select>
  );
}
