// The routes of a plan's whole life (issue 16): amendment, revisions and their diff, archive,
// next cycle. routes.ts lists them with the rest; GET /api/plans/{id}?revision=n is the plan
// route's own (routes.ts), with the query of lifecycle.ts.

import { transitionInput } from '../domain/schemas';
import { planTree } from './entities';
import { nextCycleInput, nextCyclePreview, nextCycleQuery, nextCycleResult, planRevisions, revisionsQuery } from './lifecycle';
import { ok, problems, type RouteSpec } from './route';

const READERS = 'Anyone with a role, an office or a target (readers)';
const OFFICE_OR_GENDER_UNIT = "The office's focal points; the Gender Unit";

export const LIFECYCLE_ROUTES: readonly RouteSpec[] = [
  {
    method: 'post',
    path: '/api/plans/{id}/amend',
    tag: 'plans',
    summary: 'Amend an endorsed plan: back to draft as the next revision; the endorsed revision stays the plan of record until the amendment is endorsed',
    access: OFFICE_OR_GENDER_UNIT,
    body: { schema: transitionInput, required: false },
    ifMatch: true,
    answers: { 200: ok('The tree, now a draft of the next revision', planTree), ...problems(400, 403, 404, 409, 412, 428) },
  },
  {
    method: 'post',
    path: '/api/plans/{id}/archive',
    tag: 'plans',
    summary: 'Archive an endorsed plan at the end of its cycle: read-only, still in exports, dashboard and trends',
    access: 'The Gender Unit',
    body: { schema: transitionInput, required: false },
    ifMatch: true,
    answers: { 200: ok('The tree', planTree), ...problems(400, 403, 404, 409, 412, 428) },
  },
  {
    method: 'get',
    path: '/api/plans/{id}/revisions',
    tag: 'plans',
    summary: "The plan's revisions; with from and to (to may be `current`), the diff between two",
    access: READERS,
    query: revisionsQuery,
    answers: { 200: ok('The revisions (and the diff)', planRevisions), ...problems(400, 403, 404) },
  },
  {
    method: 'post',
    path: '/api/plans/{id}/next-cycle',
    tag: 'plans',
    summary: "Start the next cycle's plan for the same office from this one (preview=true: what would be copied, nothing written)",
    access: OFFICE_OR_GENDER_UNIT,
    query: nextCycleQuery,
    body: { schema: nextCycleInput },
    answers: {
      200: ok('The preview (preview=true)', nextCyclePreview),
      201: ok("The new plan's tree and what was copied; Location the new plan", nextCycleResult),
      ...problems(400, 403, 404, 409),
    },
  },
];
