import { PLAN_STATUSES } from '../../src/domain/catalogues';
import { StateError, ValidationError } from '../../src/domain/errors';
import type { WorkPlan } from '../../src/domain/model';
import { canTransition, PLAN_ACTIONS, transition } from '../../src/domain/workflow';

const planIn = (status: WorkPlan['status']): WorkPlan => ({
  id: 'p', version: 1, createdAt: '', updatedAt: '', officeId: 'o', cycle: '2006-2007', title: 't', status, reviewComment: null, history: [],
});

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
    const run = () => transition(planIn(status), action, 'gu@example.org', '2026-11-28T09:00:00Z', 'because');
    if (expected) expect(run().status).toBe(expected);
    else expect(run).toThrow(StateError);
  });

  it('records who moved the plan and when', () => {
    const patch = transition(planIn('draft'), 'submit', 'fp@example.org', '2026-11-28T09:00:00Z');
    expect(patch.history).toEqual([{ status: 'submitted', by: 'fp@example.org', at: '2026-11-28T09:00:00Z', comment: null }]);
  });

  it('needs a comment to return a plan', () => {
    expect(() => transition(planIn('submitted'), 'return', 'gu@example.org', '2026-11-28T09:00:00Z')).toThrow(ValidationError);
  });

  it('keeps the review comment on the plan', () => {
    expect(transition(planIn('submitted'), 'return', 'gu', 'now', 'Add baselines').reviewComment).toBe('Add baselines');
  });
});
