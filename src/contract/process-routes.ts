// The routes of the planning process (issue 16): the needs assessment's findings and the
// workshops with their participants. routes.ts lists them with the rest.

import {
  findingInput,
  findingList,
  findingPatch,
  findingQuery,
  findingView,
  participantsInput,
  workshopInput,
  workshopList,
  workshopPatch,
  workshopQuery,
  workshopView,
} from './process';
import { ok, problems, type RouteSpec } from './route';

const READERS = 'Anyone with a role, an office or a target (readers)';
const MANAGERS = "The Gender Unit; the office's focal points for their office (department-wide findings and the pilot: the Gender Unit)";

export const PROCESS_ROUTES: readonly RouteSpec[] = [
  {
    method: 'get',
    path: '/api/findings',
    tag: 'process',
    summary: 'Needs-assessment findings with the objectives citing them (uncovered=true: those no objective cites)',
    access: READERS,
    query: findingQuery,
    answers: { 200: ok('Findings and their coverage', findingList), ...problems(400, 403, 404) },
  },
  {
    method: 'post',
    path: '/api/findings',
    tag: 'process',
    summary: 'Record a finding of the needs assessment',
    access: MANAGERS,
    body: { schema: findingInput },
    answers: { 201: ok('Created; ETag its version', findingView), ...problems(400, 403) },
  },
  {
    method: 'patch',
    path: '/api/findings/{id}',
    tag: 'process',
    summary: 'Change a finding',
    access: MANAGERS,
    body: { schema: findingPatch },
    ifMatch: true,
    answers: { 200: ok('Changed; ETag its version', findingView), ...problems(400, 403, 404, 412, 428) },
  },
  {
    method: 'delete',
    path: '/api/findings/{id}',
    tag: 'process',
    summary: 'Delete a finding that no objective cites',
    access: MANAGERS,
    ifMatch: true,
    answers: { 204: ok('Deleted'), ...problems(403, 404, 409, 412, 428) },
  },
  {
    method: 'get',
    path: '/api/workshops',
    tag: 'process',
    summary: 'Workshops by start, with the figures of the held ones (participants by level and sex, functions, plans produced)',
    access: READERS,
    query: workshopQuery,
    answers: { 200: ok('Workshops and figures', workshopList), ...problems(400, 403, 404) },
  },
  {
    method: 'post',
    path: '/api/workshops',
    tag: 'process',
    summary: 'Plan or record a workshop (two days unless the end says otherwise)',
    access: MANAGERS,
    body: { schema: workshopInput },
    answers: { 201: ok('Created; ETag its version', workshopView), ...problems(400, 403) },
  },
  {
    method: 'patch',
    path: '/api/workshops/{id}',
    tag: 'process',
    summary: 'Change a workshop (dates, venue, facilitators, status, lessons learnt, offices)',
    access: MANAGERS,
    body: { schema: workshopPatch },
    ifMatch: true,
    answers: { 200: ok('Changed; ETag its version', workshopView), ...problems(400, 403, 404, 412, 428) },
  },
  {
    method: 'put',
    path: '/api/workshops/{id}/participants',
    tag: 'process',
    summary: "Replace a workshop's participants (groups by level and function, named people)",
    access: MANAGERS,
    body: { schema: participantsInput },
    ifMatch: true,
    answers: { 200: ok('The workshop; ETag its version', workshopView), ...problems(400, 403, 404, 412, 428) },
  },
];
