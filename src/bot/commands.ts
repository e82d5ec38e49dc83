// What the user asked, from the text of a message (the @mention already stripped): one of the
// bot's commands, or "unknown" with a hint, which is answered with help.

import { officeCode } from '../domain/schemas';

export type Command =
  | { name: 'help' }
  | { name: 'my-targets' }
  | { name: 'overdue'; office: string | null }
  | { name: 'status'; office: string | null }
  | { name: 'plan'; office: string }
  /** My office's (or the named office's) progress report for the period being reported on. */
  | { name: 'report-status'; office: string | null }
  /** My targets with a milestone or a due date in the current period. */
  | { name: 'due-this-period' }
  /** My office's (or the named office's) ratings and open remedial actions for the last closed period; the department's without an office. */
  | { name: 'scorecard'; office: string | null }
  | { name: 'unknown'; text: string; hint: string | null };

export function parseCommand(raw: string | undefined): Command {
  const text = (raw ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const words = text.split(' ').filter(Boolean);
  const [first = '', second, ...rest] = words.map((w) => w.toLowerCase());
  const unknown = (hint: string | null = null): Command => ({ name: 'unknown', text, hint });
  if (words.length === 0 || ((first === 'help' || first === '?') && words.length === 1)) return { name: 'help' };
  // "what is due this period?", "what's due this period", "due this period"
  if (/^(what(\s+is|'s|’s)\s+)?due(\s+this\s+period)?\s*\??$/i.test(text)) return { name: 'due-this-period' };
  if (first === 'report' && second === 'status') {
    if (words.length > 3) return unknown('"report status" takes at most one office code, e.g. "report status MD".');
    const office = words[2]?.toUpperCase() ?? null;
    if (office !== null && !officeCode.safeParse(office).success)
      return unknown(`"${words[2]}" is not an office code (2–10 capital letters or digits, e.g. OMS).`);
    return { name: 'report-status', office };
  }
  // "scorecard [office]", also written "score card [office]".
  if (first === 'scorecard' || (first === 'score' && second === 'card')) {
    const args = words.slice(first === 'score' ? 2 : 1);
    if (args.length > 1) return unknown('"scorecard" takes at most one office code, e.g. "scorecard MD".');
    const office = args[0]?.toUpperCase() ?? null;
    if (office !== null && !officeCode.safeParse(office).success)
      return unknown(`"${args[0]}" is not an office code (2–10 capital letters or digits, e.g. OMS).`);
    return { name: 'scorecard', office };
  }
  if ((first === 'my' && second === 'targets' && rest.length === 0) || (first === 'mytargets' && words.length === 1)) return { name: 'my-targets' };
  if (first === 'overdue' || first === 'status' || first === 'plan') {
    if (words.length > 2) return unknown(`"${first}" takes at most one office code, e.g. "${first} MD".`);
    const office = words[1]?.toUpperCase() ?? null;
    if (office !== null && !officeCode.safeParse(office).success)
      return unknown(`"${words[1]}" is not an office code (2–10 capital letters or digits, e.g. OMS).`);
    if (first === 'plan') return office ? { name: 'plan', office } : unknown('"plan" needs an office code, e.g. "plan UNMAS".');
    return { name: first, office };
  }
  return unknown();
}
