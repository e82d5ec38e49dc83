// The monitoring routes of the API (issue 14): cycles, periods and their close, snapshots,
// progress reports and their review, trends. routes.ts lists them with the rest.

import { z } from 'zod';
import {
  closePeriodInput,
  closePeriodResult,
  cycleInput,
  cycleSummary,
  periodListQuery,
  periodSummary,
  reportInput,
  reportListQuery,
  reportPatch,
  reportSummary,
  reportView,
  snapshotView,
  trends,
  trendsQuery,
} from './monitoring';
import { ok, problems, type RouteSpec } from './route';
import { transitionInput } from '../domain/schemas';

const GENDER_UNIT = 'The Gender Unit';
const READERS = 'Anyone with a role, an office or a target (readers)';
const FOCAL_POINTS = "The office's focal points";

const reportActions = [
  { action: 'submit', who: `${FOCAL_POINTS} (a draft or returned report)`, body: transitionInput, required: false },
  { action: 'accept', who: 'The Gender Unit, not the person who submitted it', body: transitionInput, required: false },
  { action: 'return', who: 'The Gender Unit, not the person who submitted it; a comment is required', body: transitionInput, required: true },
] as const;

export const MONITORING_ROUTES: readonly RouteSpec[] = [
  {
    method: 'get',
    path: '/api/cycles',
    tag: 'monitoring',
    summary: 'Reporting cycles with their periods, newest first',
    access: READERS,
    answers: { 200: ok('Cycles', z.array(cycleSummary)), ...problems(403) },
  },
  {
    method: 'post',
    path: '/api/cycles',
    tag: 'monitoring',
    summary: 'Create a reporting cycle and its periods',
    access: GENDER_UNIT,
    body: { schema: cycleInput },
    answers: { 201: ok('Created', cycleSummary), ...problems(400, 403, 409) },
  },
  {
    method: 'get',
    path: '/api/periods',
    tag: 'monitoring',
    summary: 'Periods (of a cycle) with the state of their reports',
    access: READERS,
    query: periodListQuery,
    answers: { 200: ok('Periods', z.array(periodSummary)), ...problems(400, 403, 404) },
  },
  {
    method: 'post',
    path: '/api/periods/{id}/close',
    tag: 'monitoring',
    summary: 'Close a period and freeze its snapshot (force: with reports missing)',
    access: GENDER_UNIT,
    body: { schema: closePeriodInput, required: false },
    answers: { 200: ok('Closed', closePeriodResult), ...problems(400, 403, 404, 409) },
  },
  {
    method: 'get',
    path: '/api/periods/{id}/snapshot',
    tag: 'monitoring',
    summary: "A closed period's frozen figures",
    access: READERS,
    answers: { 200: ok('The snapshot', snapshotView), ...problems(403, 404) },
  },
  {
    method: 'get',
    path: '/api/reports',
    tag: 'monitoring',
    summary: 'Progress reports of a period and/or an office',
    access: READERS,
    query: reportListQuery,
    answers: { 200: ok('Reports', z.array(reportSummary)), ...problems(400, 403, 404) },
  },
  {
    method: 'post',
    path: '/api/reports',
    tag: 'monitoring',
    summary: "Start an office's report for a period, prefilled from its check-ins",
    access: FOCAL_POINTS,
    body: { schema: reportInput },
    answers: { 201: ok('Created; ETag its version', reportView), ...problems(400, 403, 404, 409) },
  },
  {
    method: 'get',
    path: '/api/reports/{id}',
    tag: 'monitoring',
    summary: 'A report with its lines; ETag its version',
    access: READERS,
    answers: { 200: ok('The report', reportView), ...problems(403, 404) },
  },
  {
    method: 'patch',
    path: '/api/reports/{id}',
    tag: 'monitoring',
    summary: "Change a report's narrative or lines",
    access: `${FOCAL_POINTS} while it is a draft or returned and the period open`,
    body: { schema: reportPatch },
    ifMatch: true,
    answers: { 200: ok('The report', reportView), ...problems(400, 403, 404, 409, 412, 428) },
  },
  ...reportActions.map(({ action, who, body, required }): RouteSpec => ({
    method: 'post',
    path: `/api/reports/{id}/${action}`,
    tag: 'monitoring',
    summary: `${action[0]?.toUpperCase()}${action.slice(1)} the report`,
    access: who,
    body: { schema: body, required },
    answers: { 200: ok('The report', reportView), ...problems(400, 403, 404, 409, 412) },
  })),
  {
    method: 'get',
    path: '/api/trends',
    tag: 'monitoring',
    summary: 'Per period of a cycle, for the department or one office: targets, milestones, reports, milestones per office',
    access: READERS,
    query: trendsQuery,
    answers: { 200: ok('Trends', trends), ...problems(400, 403, 404) },
  },
];
