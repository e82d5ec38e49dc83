// Every route of the HTTP API, once: the server's routers implement these, the OpenAPI document
// (GET /api/openapi.json) is generated from them, and tests/api/openapi.spec.ts checks that
// Express registers exactly these routes.

import { z } from 'zod';
import {
  activityInput,
  activityPatch,
  checkInInput,
  objectiveInput,
  objectivePatch,
  officeInput,
  officePatch,
  planInput,
  planPatch,
  targetInput,
  targetPatch,
  transitionInput,
} from '../domain/schemas';
import { auditQuery, catalogueSchema, dashboardQuery, dashboardSchema, me } from './department';
import { activity, auditEvent, checkIn, objective, office, planTree, target } from './entities';
import { EXPORT_CONTENT_TYPES, EXPORT_FORMATS, exportQuery, importQuery, importReport, progressExportQuery, savedExport, saveQuery } from './exchange';
import { LIFECYCLE_ROUTES } from './lifecycle-routes';
import { planTreeQuery } from './lifecycle';
import { MONITORING_ROUTES } from './monitoring-routes';
import { peopleQuery, people } from './people';
import { planListQuery, planSummary } from './plans';
import { reminderPolicy } from './reminder-policy';
import { PROCESS_ROUTES } from './process-routes';
import { SCORECARD_ROUTES } from './scorecard-routes';
import { ok, problems, type RouteSpec } from './route';
import { targetQuery, targetSummaryPage } from './targets';

const GENDER_UNIT = 'The Gender Unit';
const READERS = 'Anyone with a role, an office or a target (readers)';
const EDITORS = "The office's focal points while the plan is a draft or returned; the Gender Unit";

const health = z.object({ status: z.literal('ok'), store: z.string() });
const openApiDocument = z.looseObject({ openapi: z.string() });
const activityBody = z.looseObject({ type: z.string() });

const planItems = [
  { name: 'objective', parent: 'plans', path: 'objectives', input: objectiveInput, patch: objectivePatch, schema: objective },
  { name: 'activity', parent: 'objectives', path: 'activities', input: activityInput, patch: activityPatch, schema: activity },
  { name: 'target', parent: 'activities', path: 'targets', input: targetInput, patch: targetPatch, schema: target },
] as const;

const planTransitions = [
  { action: 'submit', who: "The office's focal points (a plan with at least one target)" },
  { action: 'endorse', who: 'The Gender Unit, not the person who submitted it' },
  { action: 'return', who: 'The Gender Unit, not the person who submitted it; a comment is required' },
] as const;

export const ROUTES: readonly RouteSpec[] = [
  {
    method: 'get',
    path: '/healthz',
    tag: 'service',
    summary: 'Liveness and the store in use',
    access: 'Anyone',
    anonymous: true,
    answers: { 200: ok('Up', health) },
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    tag: 'service',
    summary: 'This document',
    access: 'Anyone',
    anonymous: true,
    answers: { 200: ok('OpenAPI 3.1', openApiDocument) },
  },
  {
    method: 'post',
    path: '/api/messages',
    tag: 'bot',
    summary: 'The Teams bot (Bot Framework activity protocol)',
    access: 'The Bot Framework (its own bearer token)',
    anonymous: true,
    body: { schema: activityBody },
    answers: { 200: ok('Handled'), ...problems(400) },
  },
  {
    method: 'get',
    path: '/api/me',
    tag: 'department',
    summary: 'The caller: user, roles, offices',
    access: 'Anyone signed in',
    answers: { 200: ok('The caller', me) },
  },
  {
    method: 'get',
    path: '/api/catalogue',
    tag: 'department',
    summary: 'SCR 1325 paragraphs, pillars, functional areas, statuses',
    access: 'Anyone signed in',
    answers: { 200: ok('The catalogue', catalogueSchema) },
  },
  {
    method: 'get',
    path: '/api/offices',
    tag: 'department',
    summary: 'The offices',
    access: READERS,
    answers: { 200: ok('Offices', z.array(office)), ...problems(403) },
  },
  {
    method: 'post',
    path: '/api/offices',
    tag: 'department',
    summary: 'Add an office',
    access: GENDER_UNIT,
    body: { schema: officeInput },
    answers: { 201: ok('Created; ETag its version', office), ...problems(400, 403, 409) },
  },
  {
    method: 'patch',
    path: '/api/offices/{id}',
    tag: 'department',
    summary: 'Change an office',
    access: GENDER_UNIT,
    body: { schema: officePatch },
    ifMatch: true,
    answers: { 200: ok('Changed; ETag its version', office), ...problems(400, 403, 404, 412, 428) },
  },
  {
    method: 'get',
    path: '/api/dashboard',
    tag: 'department',
    summary: 'Roll-ups of a cycle for the charts',
    access: READERS,
    query: dashboardQuery,
    answers: { 200: ok('Roll-ups', dashboardSchema), ...problems(400, 403) },
  },
  {
    method: 'get',
    path: '/api/audit',
    tag: 'department',
    summary: 'The audit trail, newest first',
    access: 'The Gender Unit (all); focal points (their offices)',
    query: auditQuery,
    answers: { 200: ok('Events', z.array(auditEvent)), ...problems(400, 403) },
  },

  {
    method: 'get',
    path: '/api/plans',
    tag: 'plans',
    summary: 'Plan summaries',
    access: READERS,
    query: planListQuery,
    answers: { 200: ok('Summaries', z.array(planSummary)), ...problems(400, 403) },
  },
  {
    method: 'post',
    path: '/api/plans',
    tag: 'plans',
    summary: 'Start a plan for an office and cycle',
    access: EDITORS,
    body: { schema: planInput },
    answers: { 201: ok('The new tree; ETag its version', planTree), ...problems(400, 403, 404, 409) },
  },
  {
    method: 'get',
    path: '/api/plans/{id}',
    tag: 'plans',
    summary: 'The whole plan with derived status (revision=n: the frozen tree of its endorsed revision n, read-only)',
    access: READERS,
    query: planTreeQuery,
    answers: { 200: ok('The tree; ETag "version-day"', planTree), 304: ok('Not modified (If-None-Match)'), ...problems(400, 403, 404) },
  },
  {
    method: 'patch',
    path: '/api/plans/{id}',
    tag: 'plans',
    summary: "Change a plan's title",
    access: EDITORS,
    body: { schema: planPatch },
    ifMatch: true,
    answers: { 200: ok('The tree', planTree), ...problems(400, 403, 404, 409, 412, 428) },
  },
  ...planTransitions.map(({ action, who }): RouteSpec => ({
    method: 'post',
    path: `/api/plans/{id}/${action}`,
    tag: 'plans',
    summary: `${action[0]?.toUpperCase()}${action.slice(1)} the plan`,
    access: who,
    body: { schema: transitionInput, required: false },
    ifMatch: true,
    answers: { 200: ok('The tree', planTree), ...problems(400, 403, 404, 409, 412, 428) },
  })),
  ...planItems.flatMap((item): RouteSpec[] => [
    {
      method: 'post',
      path: `/api/${item.parent}/{id}/${item.path}`,
      tag: 'plans',
      summary: `Add a ${item.name}`,
      access: EDITORS,
      body: { schema: item.input },
      answers: { 201: ok('Created; ETag its version', item.schema), ...problems(400, 403, 404, 409) },
    },
    {
      method: 'patch',
      path: `/api/${item.path}/{id}`,
      tag: 'plans',
      summary: `Change a ${item.name}`,
      access: EDITORS,
      body: { schema: item.patch },
      ifMatch: true,
      answers: { 200: ok('Changed; ETag its version', item.schema), ...problems(400, 403, 404, 409, 412, 428) },
    },
    {
      method: 'delete',
      path: `/api/${item.path}/{id}`,
      tag: 'plans',
      summary: `Delete a ${item.name} and everything below it`,
      access: EDITORS,
      ifMatch: true,
      answers: { 204: ok('Deleted'), ...problems(403, 404, 409, 412, 428) },
    },
  ]),

  {
    method: 'get',
    path: '/api/targets',
    tag: 'targets',
    summary: 'Targets a page at a time (overdue first)',
    access: READERS,
    query: targetQuery,
    answers: { 200: ok('A page', targetSummaryPage), ...problems(400, 403, 404) },
  },
  {
    method: 'post',
    path: '/api/targets/{id}/checkins',
    tag: 'targets',
    summary: 'Report progress on a target',
    access: "The target's owner, the office's focal points, the Gender Unit",
    body: { schema: checkInInput },
    answers: { 201: ok('Recorded; ETag its version', checkIn), ...problems(400, 403, 404, 409) },
  },
  {
    method: 'get',
    path: '/api/targets/{id}/checkins',
    tag: 'targets',
    summary: "A target's check-ins",
    access: READERS,
    answers: { 200: ok('Check-ins', z.array(checkIn)), ...problems(403, 404) },
  },

  {
    method: 'get',
    path: '/api/people',
    tag: 'people',
    summary: 'Search the directory (q) or name e-mails (email, repeated)',
    access: READERS,
    query: peopleQuery,
    answers: { 200: ok('People', people), ...problems(400, 403) },
  },
  {
    method: 'get',
    path: '/api/reminder-policy',
    tag: 'reminders',
    summary: 'The reminder policy; ETag its version',
    access: GENDER_UNIT,
    answers: { 200: ok('The policy', reminderPolicy), ...problems(403) },
  },
  {
    method: 'put',
    path: '/api/reminder-policy',
    tag: 'reminders',
    summary: 'Change the reminder policy (absent fields take their defaults)',
    access: GENDER_UNIT,
    body: { schema: reminderPolicy },
    ifMatch: true,
    answers: { 200: ok('The policy', reminderPolicy), ...problems(400, 403, 412, 428) },
  },

  ...EXPORT_FORMATS.flatMap((format): RouteSpec[] => [
    {
      method: 'get',
      path: `/api/export/action-plan.${format}`,
      tag: 'exports',
      summary: `The consolidated plan as ${format === 'xlsx' ? 'an Excel workbook' : 'a Word document'}`,
      access: 'The Gender Unit (any office or all); focal points (their own office)',
      query: exportQuery,
      answers: { 200: ok('The file (attachment)', undefined, EXPORT_CONTENT_TYPES[format]), ...problems(400, 403, 404, 409) },
    },
    {
      method: 'post',
      path: `/api/export/action-plan.${format}/save`,
      tag: 'exports',
      summary: 'File the export in the SharePoint document library',
      access: GENDER_UNIT,
      query: saveQuery,
      answers: { 200: ok('Replaced a file of the same name', savedExport), 201: ok('Filed', savedExport), ...problems(400, 403, 404, 409) },
    },
    {
      method: 'get',
      path: `/api/export/progress-report.${format}`,
      tag: 'exports',
      summary: `The progress report of a period as ${format === 'xlsx' ? 'an Excel workbook' : 'a Word document'} (a closed period: from its snapshot)`,
      access: 'The Gender Unit (any office or all); focal points (their own office)',
      query: progressExportQuery,
      answers: { 200: ok('The file (attachment)', undefined, EXPORT_CONTENT_TYPES[format]), ...problems(400, 403, 404) },
    },
  ]),
  {
    method: 'get',
    path: '/api/import/template.xlsx',
    tag: 'exports',
    summary: 'The import template',
    access: 'Those who may import: the Gender Unit, focal points',
    answers: { 200: ok('The template', undefined, EXPORT_CONTENT_TYPES.xlsx), ...problems(403) },
  },
  {
    method: 'post',
    path: '/api/import',
    tag: 'exports',
    summary: "Import an office's work plan from a workbook (dryRun=true: the row report only)",
    access: "The Gender Unit; the office's focal points",
    query: importQuery,
    body: { contentType: EXPORT_CONTENT_TYPES.xlsx },
    answers: { 200: ok("Applied, or the dry run's report", importReport), ...problems(400, 403, 404, 409, 413, 415, 422) },
  },
  ...LIFECYCLE_ROUTES,
  ...MONITORING_ROUTES,
  ...SCORECARD_ROUTES,
  ...PROCESS_ROUTES,
];
