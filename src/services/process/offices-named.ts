// The offices a finding or a workshop names by code, resolved to their ids: a code that names
// no office is a 400 on that field (the body is wrong, not the URL).

import { ValidationError, type FieldProblem } from '../../domain/errors';
import type { Office } from '../../domain/model';

/** The ids of the offices with these codes, in order; `field` names the body's field (offices → offices.0). */
export function officeIdsOf(offices: readonly Office[], codes: readonly string[], field: string, what: string): string[] {
  const byCode = new Map(offices.map((o) => [o.code, o.id]));
  const problems: FieldProblem[] = [];
  const ids = codes.map((code, i) => {
    const id = byCode.get(code);
    if (id === undefined) problems.push({ field: `${field}.${i}`, code: 'unknown-record', message: `${code} is not an office` });
    return id ?? '';
  });
  if (problems.length > 0) throw new ValidationError(`Invalid ${what}`, problems);
  return ids;
}

/** The id of the office with this code; null stays null (department-wide). */
export function officeIdOf(offices: readonly Office[], code: string | null, what: string): string | null {
  if (code === null) return null;
  const id = offices.find((o) => o.code === code)?.id;
  if (id === undefined) throw new ValidationError(`Invalid ${what}`, [{ field: 'office', code: 'unknown-record', message: `${code} is not an office` }]);
  return id;
}
