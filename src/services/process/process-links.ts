// The links from a work plan into the process that produced it: an objective cites the findings
// it answers (of its plan's office, or department-wide), a plan names the workshop it came out of
// (one of its office's). A link to nothing, or to another office's, is a 400 on that field.

import { ValidationError, type FieldProblem } from '../../domain/errors';
import type { ServiceContext } from '../context';

/** Every finding cited exists and is the plan's office's or department-wide. */
export async function checkFindingIds(ctx: ServiceContext, planOfficeId: string, findingIds: readonly string[] | undefined): Promise<void> {
  if (!findingIds || findingIds.length === 0) return;
  const findings = new Map((await ctx.store.listFindings()).map((f) => [f.id, f]));
  const problems = findingIds.flatMap((id, i): FieldProblem[] => {
    const finding = findings.get(id);
    if (!finding) return [{ field: `findingIds.${i}`, code: 'unknown-record', message: `${id} is not a finding` }];
    if (finding.officeId !== null && finding.officeId !== planOfficeId)
      return [{ field: `findingIds.${i}`, code: 'not-applicable-record', message: "is another office's finding" }];
    return [];
  });
  if (problems.length > 0) throw new ValidationError('Invalid objective', problems);
}

/** The workshop named exists and is one of the plan's office's (null unlinks). */
export async function checkWorkshopLink(ctx: ServiceContext, planOfficeId: string, workshopId: string | null | undefined): Promise<void> {
  if (workshopId === undefined || workshopId === null) return;
  const workshop = await ctx.store.get('workshop', workshopId);
  if (!workshop) throw new ValidationError('Invalid plan', [{ field: 'workshopId', code: 'unknown-record', message: `${workshopId} is not a workshop` }]);
  if (!workshop.officeIds.includes(planOfficeId)) {
    throw new ValidationError('Invalid plan', [{ field: 'workshopId', code: 'not-applicable-record', message: "is not a workshop of the plan's office" }]);
  }
}
