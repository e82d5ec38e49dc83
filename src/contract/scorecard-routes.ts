// The routes of the office scorecard (issue 15): the criteria, the scorecards of a period, an
// override of one rating, remedial actions. routes.ts lists them with the rest.

import {
  ratingOverrideInput,
  remedialActionInput,
  remedialActionPatch,
  remedialActionView,
  scorecardCriteria,
  scorecardCriteriaInput,
  scorecardList,
  scorecardQuery,
  scorecardView,
} from './scorecard';
import { ok, problems, type RouteSpec } from './route';

const GENDER_UNIT = 'The Gender Unit';
const READERS = 'Anyone with a role, an office or a target (readers)';

export const SCORECARD_ROUTES: readonly RouteSpec[] = [
  {
    method: 'get',
    path: '/api/scorecard-criteria',
    tag: 'scorecard',
    summary: 'The scorecard criteria and their rules; ETag their version ("0": the defaults)',
    access: GENDER_UNIT,
    answers: { 200: ok('The criteria', scorecardCriteria), ...problems(403) },
  },
  {
    method: 'put',
    path: '/api/scorecard-criteria',
    tag: 'scorecard',
    summary: 'Set the scorecard criteria (each once; thresholds in order)',
    access: GENDER_UNIT,
    body: { schema: scorecardCriteriaInput },
    ifMatch: true,
    answers: { 200: ok('The criteria', scorecardCriteria), ...problems(400, 403, 412, 428) },
  },
  {
    method: 'get',
    path: '/api/scorecards',
    tag: 'scorecard',
    summary: "The offices' scorecards for a period: stored for a closed period, live for an open one",
    access: READERS,
    query: scorecardQuery,
    answers: { 200: ok('Scorecards', scorecardList), ...problems(400, 403, 404) },
  },
  {
    method: 'patch',
    path: '/api/scorecards/{id}/ratings/{criterion}',
    tag: 'scorecard',
    summary: 'Override one rating, with a justification (audited, shown as overridden)',
    access: GENDER_UNIT,
    body: { schema: ratingOverrideInput },
    ifMatch: true,
    answers: { 200: ok('The scorecard; ETag its version', scorecardView), ...problems(400, 403, 404, 412, 428) },
  },
  {
    method: 'post',
    path: '/api/scorecards/{id}/remedial-actions',
    tag: 'scorecard',
    summary: 'Open a remedial action for a rating below "meets requirements"',
    access: GENDER_UNIT,
    body: { schema: remedialActionInput },
    answers: { 201: ok('Created; ETag its version', remedialActionView), ...problems(400, 403, 404, 409) },
  },
  {
    method: 'patch',
    path: '/api/remedial-actions/{id}',
    tag: 'scorecard',
    summary: 'Change a remedial action',
    access: "The Gender Unit; the office's focal points (steps and status only)",
    body: { schema: remedialActionPatch },
    ifMatch: true,
    answers: { 200: ok('The remedial action; ETag its version', remedialActionView), ...problems(400, 403, 404, 412, 428) },
  },
];
