import { PLAN_STATUSES } from '../../src/domain/catalogues';
import { ForbiddenError, StateError, ValidationError } from '../../src/domain/errors';
import type { WorkPlan } from '../../src/domain/model';
import { canTransition, PLAN_ACTIONS, transition } from '../../src/domain/workflow';

const planIn = (status: WorkPlan['status'], history: WorkPlan['history'] = []): WorkPlan => ({
  id: 'p',
  version: 1,
  createdAt: '',
  updatedAt: '',
  officeId: 'o',
  cycle: '2006-2007',
  title: 't',
  status,
  reviewComment: null,
  history,
});
const AT = '2026-11-28T09:00:00Z';
const by = (who: string, over: { comment?: string | null; targets?: number } = {}) => ({ by: who, at: AT, targets: 3, ...over });
/** A submitted plan, and who submitted it. */
const submittedBy = (who: string) => planIn('submitted', [{ status: 'submitted', by: who, at: AT, comment: null }]);

describe('the work plan workflow', () => {
  const legal: Record<string, string> = {
    'draft submit': 'submitted',
    'returned submit': 'submitted',
    'submitted endorse': 'endorsed',
    'submitted return': 'returned',
    'endorsed archive': 'archived',
  };

  it.each(PLAN_STATUSES.flatMap((s) => PLAN_ACTIONS.map((a) => [s, a] as const)))('from %s, %s is allowed only where the workflow says', (status, action) => {
    const expected = legal[`${status} ${action}`];
    expect(canTransition(status, action)).toBe(expected !== undefined);
    const run = () => transition(planIn(status), action, by('gu@example.org', { comment: 'because' }));
    if (expected) expect(run().status).toBe(expected);
    else expect(run).toThrow(StateError);
  });

  it('records who moved the plan and when', () => {
    const patch = transition(planIn('draft'), 'submit', by('fp@example.org'));
    expect(patch.history).toEqual([{ status: 'submitted', by: 'fp@example.org', at: '2026-11-28T09:00:00Z', comment: null }]);
  });

  it('needs a comment to return a plan', () => {
    expect(() => transition(planIn('submitted'), 'return', by('gu@example.org'))).toThrow(ValidationError);
  });

  it.each([
    ['spaces and line breaks', ' \n\t '],
    ['zero-width spaces', '\u200B\u200B'],
    ['joiners, marks and a soft hyphen', '\u200D\u200C\u2060\u200E\u00AD'],
    ['a byte-order mark and a no-break space', '\uFEFF\u00A0'],
  ])('refuses a return whose comment is only %s', (_what, comment) => {
    expect(() => transition(planIn('submitted'), 'return', by('gu@example.org', { comment }))).toThrow(ValidationError);
  });

  it.each(['submit', 'endorse'] as const)('refuses to %s a plan without a single target', (action) => {
    const plan = action === 'submit' ? planIn('draft') : submittedBy('fp@example.org');
    expect(() => transition(plan, action, by('gu@example.org', { targets: 0 }))).toThrow(/without a single target/);
  });

  it.each(['endorse', 'return'] as const)('refuses to let the submitter %s her own plan', (action) => {
    const run = () => transition(submittedBy('fp@example.org'), action, by('FP@example.org', { comment: 'Looks fine' }));
    expect(run).toThrow(ForbiddenError);
    expect(run).toThrow(/separation of duties/);
  });

  it('lets another reviewer endorse a plan that was submitted, returned and submitted again by someone else', () => {
    const plan = planIn('submitted', [
      { status: 'submitted', by: 'gu@example.org', at: AT, comment: null },
      { status: 'returned', by: 'gu2@example.org', at: AT, comment: 'Add targets' },
      { status: 'submitted', by: 'fp@example.org', at: AT, comment: null },
    ]);
    expect(transition(plan, 'endorse', by('gu@example.org')).status).toBe('endorsed');
  });

  it('keeps the review comment on the plan', () => {
    expect(transition(planIn('submitted'), 'return', by('gu', { comment: 'Add baselines' })).reviewComment).toBe('Add baselines');
  });
});
