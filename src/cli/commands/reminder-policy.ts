// `reminder-policy show [--json]` and `reminder-policy set [options] [--file policy.json]`: the
// Gender Unit's reminder policy from the command line, through the same service (and so the
// same validation, version check and audit) as PUT /api/reminder-policy. Invalid input is
// refused before anything is written (exit 2).

import type { Command } from 'commander';
import fs from 'node:fs';
import { PLAN_STATUS_LABELS } from '../../domain/catalogues';
import { ValidationError } from '../../domain/errors';
import type { ProblemCode } from '../../domain/problem-codes';
import type { ReminderPolicy } from '../../domain/reminder-policy';
import { resolveActor } from '../../services/context';
import { readReminderPolicy, updateReminderPolicy } from '../../services/reminders';
import { CLI_IDENTITY, explained, openConfiguredStore, type CliDeps } from '../cli-context';

interface SetOptions {
  file?: string;
  dueSoonDays?: string;
  overdueEveryDays?: string;
  escalateFocalPointAfter?: string;
  escalateGenderUnitAfter?: string;
  reviewWaitingDays?: string;
  reportDueSoonDays?: string;
  reportLateEscalateAfter?: string;
  workingDays?: string;
  sendWindow?: string;
  timeZone?: string;
  json?: boolean;
}

/** Each numeric option and the policy field it sets, so that an error names the option typed. */
const DAY_OPTIONS = [
  ['dueSoonDays', '--due-soon-days', 'dueSoonDays'],
  ['overdueEveryDays', '--overdue-every-days', 'overdueEveryDays'],
  ['escalateFocalPointAfter', '--escalate-focal-point-after', 'escalateToFocalPointAfterDays'],
  ['escalateGenderUnitAfter', '--escalate-gender-unit-after', 'escalateToGenderUnitAfterDays'],
  ['reviewWaitingDays', '--review-waiting-days', 'reviewWaitingDays'],
  ['reportDueSoonDays', '--report-due-soon-days', 'reportDueSoonDays'],
  ['reportLateEscalateAfter', '--report-late-escalate-after', 'reportLateEscalateAfterDays'],
] as const;

const OPTION_OF_FIELD: Record<string, string> = {
  ...Object.fromEntries(DAY_OPTIONS.map(([, option, field]) => [field, option])),
  workingDays: '--working-days',
  sendWindow: '--send-window',
  defaultTimeZone: '--time-zone',
};

export function registerReminderPolicyCommand(program: Command, deps: CliDeps = {}): void {
  const command = program.command('reminder-policy').description("show or change when reminders are sent (the Gender Unit's reminder policy)");

  command
    .command('show')
    .description('print the reminder policy, each setting with what it means')
    .option('--json', 'print the policy as one JSON line')
    .action(async (options: { json?: boolean }) => {
      const stdout = deps.stdout ?? process.stdout;
      const { ctx, close } = await (deps.open ?? openConfiguredStore)();
      try {
        const { policy, version } = await readReminderPolicy(ctx, await resolveActor(ctx, CLI_IDENTITY));
        stdout.write(options.json ? `${JSON.stringify(policy)}\n` : [...describePolicy(policy), describeVersion(version)].map((l) => `${l}\n`).join(''));
      } finally {
        await close();
      }
    });

  const set = command
    .command('set')
    .description(
      'change the reminder policy: the options change those settings and keep the others; --file replaces the whole policy (settings it leaves out take their defaults)',
    )
    .option('--file <file>', 'a JSON file with the whole policy (as GET /api/reminder-policy answers it)');
  for (const [, option] of DAY_OPTIONS) set.option(`${option} <days>`, OPTION_HELP[option]);
  set
    .option('--working-days <days>', 'ISO weekdays on which anyone is reminded, e.g. 1,2,3,4,5 (1 = Monday)')
    .option('--send-window <hours>', 'local hours within which reminders go out, e.g. 9-17 (quiet hours are the rest)')
    .option('--time-zone <zone>', 'IANA time zone of recipients whose own is unknown, e.g. Europe/Zurich')
    .option('--json', 'print the stored policy as one JSON line')
    .action(async (options: SetOptions) => {
      const stdout = deps.stdout ?? process.stdout;
      const changes = changesFrom(options);
      const fromFile = options.file === undefined ? undefined : readPolicyFile(options.file);
      if (fromFile === undefined && Object.keys(changes).length === 0) {
        throw new ValidationError('reminder-policy set: name at least one setting to change, or --file (see --help)');
      }
      const { ctx, close } = await (deps.open ?? openConfiguredStore)();
      try {
        const actor = await resolveActor(ctx, CLI_IDENTITY);
        const current = await readReminderPolicy(ctx, actor);
        const body = { ...(fromFile ?? current.policy), ...changes };
        const stored = await explained(withOptionNames(updateReminderPolicy(ctx, actor, body, current.version)));
        stdout.write(
          options.json
            ? `${JSON.stringify(stored.policy)}\n`
            : [`Saved the reminder policy (version ${stored.version}).`, ...describePolicy(stored.policy)].map((l) => `${l}\n`).join(''),
        );
      } finally {
        await close();
      }
    });
}

const OPTION_HELP: Record<(typeof DAY_OPTIONS)[number][1], string> = {
  '--due-soon-days': 'remind owners this many days before a target (and the responsible person before a remedial action) falls due (0: not at all)',
  '--overdue-every-days': 'remind owners of an overdue target every this many days',
  '--escalate-focal-point-after': "tell the office's focal points after this many days overdue",
  '--escalate-gender-unit-after': 'tell the Gender Unit after this many days overdue (later than the focal points)',
  '--review-waiting-days': 'remind the Gender Unit of a plan or a period report waiting this many days for review, and again as often',
  '--report-due-soon-days': "remind an office's focal points this many days before its period report is due (0: not at all)",
  '--report-late-escalate-after': 'tell the Gender Unit of a period report this many days late',
};

/** The settings named on the command line, as policy fields; shapes are checked here, values by the policy schema. */
function changesFrom(options: SetOptions): Partial<Record<keyof ReminderPolicy, unknown>> {
  const changes: Partial<Record<keyof ReminderPolicy, unknown>> = {};
  for (const [key, option, field] of DAY_OPTIONS) {
    const text = options[key];
    if (text !== undefined) changes[field] = wholeNumber(text, option);
  }
  if (options.workingDays !== undefined) {
    changes.workingDays = options.workingDays.split(',').map((d) => wholeNumber(d.trim(), '--working-days'));
  }
  if (options.sendWindow !== undefined) {
    const hours = /^\s*(\d{1,2})\s*-\s*(\d{1,2})\s*$/.exec(options.sendWindow);
    if (!hours) throw optionError('--send-window', 'format', `must be two hours like 9-17 (got "${options.sendWindow}")`);
    changes.sendWindow = { startHour: Number(hours[1]), endHour: Number(hours[2]) };
  }
  if (options.timeZone !== undefined) changes.defaultTimeZone = options.timeZone;
  return changes;
}

function wholeNumber(text: string, option: string): number {
  if (!/^-?\d{1,6}$/.test(text)) throw optionError(option, 'not-whole', `must be a whole number (got "${text}")`);
  return Number(text);
}

function optionError(option: string, code: ProblemCode, message: string): ValidationError {
  return new ValidationError(`Invalid ${option}: ${message}`, [{ field: option, code, message }]);
}

function readPolicyFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw optionError('--file', 'unreadable', `cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw optionError('--file', 'not-json', `is not JSON: ${file}`);
  }
}

/** The schema names policy fields; whoever typed --send-window should read --send-window. */
async function withOptionNames<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const renamed = error.problems.map((p) => {
      const option = OPTION_OF_FIELD[p.field.split('.')[0] ?? ''];
      return option ? { ...p, field: `${option} (${p.field})` } : p;
    });
    throw new ValidationError(error.message, renamed);
  }
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const weekday = (iso: number) => WEEKDAYS[iso - 1] ?? `day ${iso}`;
const hour = (h: number) => `${String(h).padStart(2, '0')}:00`;
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** The policy in words, one setting a line, for `show` and after `set`. */
export function describePolicy(p: ReminderPolicy): string[] {
  const zones = Object.entries(p.timeZones);
  return [
    `Due soon (dueSoonDays ${p.dueSoonDays}): ${p.dueSoonDays === 0 ? 'owners get no reminder before a target falls due, nor the people responsible for remedial actions' : `owners are reminded ${plural(p.dueSoonDays, 'day')} before a target falls due, and the person responsible for a remedial action as long before its due date`}.`,
    `Overdue (overdueEveryDays ${p.overdueEveryDays}): owners are reminded on the first day a target is overdue, then every ${plural(p.overdueEveryDays, 'day')}.`,
    `Escalation to focal points (escalateToFocalPointAfterDays ${p.escalateToFocalPointAfterDays}): the office's focal points hear of a target ${plural(p.escalateToFocalPointAfterDays, 'day')} overdue.`,
    `Escalation to the Gender Unit (escalateToGenderUnitAfterDays ${p.escalateToGenderUnitAfterDays}): the Gender Unit hears of a target ${plural(p.escalateToGenderUnitAfterDays, 'day')} overdue.`,
    `Plans and reports waiting for review (reviewWaitingDays ${p.reviewWaitingDays}): the Gender Unit is reminded of a plan or a period report submitted ${plural(p.reviewWaitingDays, 'day')} ago, and again every ${plural(p.reviewWaitingDays, 'day')}.`,
    `Period reports due (reportDueSoonDays ${p.reportDueSoonDays}): ${p.reportDueSoonDays === 0 ? "focal points get no reminder before their office's report is due" : `focal points are reminded ${plural(p.reportDueSoonDays, 'day')} before their office's report is due`}; once it is late, from the first day, then every ${plural(p.overdueEveryDays, 'day')}.`,
    `Late period reports (reportLateEscalateAfterDays ${p.reportLateEscalateAfterDays}): the Gender Unit hears of a report ${plural(p.reportLateEscalateAfterDays, 'day')} late.`,
    `Weekly digest (digestWeekday ${p.digestWeekday}): goes out from ${weekday(p.digestWeekday)}.`,
    `Working days (workingDays ${p.workingDays.join(',')}): reminders go out on ${p.workingDays.map(weekday).join(', ')} only.`,
    `Send window (sendWindow ${p.sendWindow.startHour}-${p.sendWindow.endHour}): between ${hour(p.sendWindow.startHour)} and ${hour(p.sendWindow.endHour)} in the recipient's time zone; quiet hours the rest of the day.`,
    `Default time zone (defaultTimeZone ${p.defaultTimeZone}): for recipients whose time zone is not known from Teams.`,
    `Time zones of particular recipients (timeZones): ${zones.length === 0 ? 'none set' : zones.map(([who, zone]) => `${who} ${zone}`).join(', ')}.`,
    `Gender Unit recipients (genderUnit.recipients): ${p.genderUnit.recipients.length === 0 ? "the directory's Gender Unit members" : p.genderUnit.recipients.join(', ')}${p.genderUnit.channelId ? `; digest in the Teams channel ${p.genderUnit.channelId}` : ''}.`,
    `Plans reminded about (planStatuses): targets of plans that are ${p.planStatuses.map((s) => PLAN_STATUS_LABELS[s].toLowerCase()).join(', ')}.`,
  ];
}

function describeVersion(version: number): string {
  return version === 0 ? 'No policy is stored yet: these are the defaults.' : `Version ${version} of the stored policy.`;
}
