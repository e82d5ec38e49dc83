// The cycles a new plan can be for: those the department already knows (its plans' and the
// reporting cycles') and the one after the latest, which is what a Gender Advisor starting the
// next round of workshops wants offered first. Data in, data out.

/** The cycle after `code`, as long as it: 2006-2007 → 2008-2009, 2006 → 2007; undefined when `code` is not a cycle. */
export function cycleAfter(code: string): string | undefined {
  const span = /^(\d{4})(?:-(\d{4}))?$/.exec(code);
  if (!span?.[1]) return undefined;
  const start = Number(span[1]);
  if (span[2] === undefined) return String(start + 1);
  const end = Number(span[2]);
  const length = end - start + 1;
  return `${start + length}-${end + length}`;
}

/** Known cycles and the one after the newest, newest first, each once. */
export function cycleChoices(known: readonly string[]): string[] {
  const sorted = [...new Set(known)].sort().reverse();
  const next = sorted[0] === undefined ? undefined : cycleAfter(sorted[0]);
  return next === undefined || sorted.includes(next) ? sorted : [next, ...sorted];
}
