// The bot's "scorecard" over HTTP POST /api/messages, answered through the Bot Connector double:
// the last closed period's ratings of the asker's offices as words (overrides marked), their
// open remedial actions (steps, due, responsible by name, status in words), the department at
// a glance for the Gender Unit, and clear answers when there is no closed period, no
// scorecard, an unknown office or no role. The scorecards are made the production way: periods
// closed by the service, rated on first read, overridden and given actions by the Gender Unit.

import { addDays, dayOf } from '../../src/domain/dates';
import type { NewRecord } from '../../src/domain/model';
import { parseCommand } from '../../src/bot/commands';
import { lastClosedPeriod } from '../../src/bot/scorecard-answers';
import { resolveActor } from '../../src/services/context';
import { closePeriod } from '../../src/services/monitoring/periods';
import { createRemedialAction, updateRemedialAction } from '../../src/services/scorecard/remedial-actions';
import { listScorecards, overrideRating } from '../../src/services/scorecard/scorecards';
import { message, personalConversationId, readableText } from '../fakes/bot-activities';
import { startBotHarness, type BotHarness } from '../fakes/bot-harness';
import { NOW, USERS } from '../support/api-harness';
import { commitOf } from '../support/factories';

const TODAY = dayOf(NOW);
const CYCLE = '2006-2007';
const EARLIER = { id: `${CYCLE}_P1`, label: '2026 Q2', start: addDays(TODAY, -200), end: addDays(TODAY, -110), reportDue: addDays(TODAY, -95) };
/** The last closed period: its scorecards are the ones shown. */
const LAST = { id: `${CYCLE}_P2`, label: '2026 Q3', start: addDays(TODAY, -109), end: addDays(TODAY, -20), reportDue: addDays(TODAY, -5) };
const CURRENT = { id: `${CYCLE}_P3`, label: '2026 Q4', start: addDays(TODAY, -19), end: addDays(TODAY, 70), reportDue: addDays(TODAY, 85) };
const JUSTIFICATION = 'Milestones were set late in the quarter; the office caught up only in part.';

function period(p: typeof LAST): NewRecord<'period'> {
  return { ...p, cycle: CYCLE, status: 'open', closedAt: null, closedBy: null, forced: false, missingOffices: [], snapshotRows: 0, closing: null };
}

describe('bot "scorecard"', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
    await h.store.commit(
      commitOf([
        { op: 'create', entity: 'cycle', record: { id: CYCLE, start: EARLIER.start, end: addDays(TODAY, 600), periodicity: 'quarterly', reportDueDays: 15 } },
        { op: 'create', entity: 'period', record: period(EARLIER) },
        { op: 'create', entity: 'period', record: period(LAST) },
        { op: 'create', entity: 'period', record: period(CURRENT) },
      ]),
    );
    const gu = await resolveActor(h.ctx, { id: USERS.advisor, email: USERS.advisor, name: 'Gender Advisor', roles: ['gender-unit'] });
    await closePeriod(h.ctx, gu, EARLIER.id, { force: true });
    await closePeriod(h.ctx, gu, LAST.id, { force: true });
    const cardA = (await listScorecards(h.ctx, gu, { period: LAST.id, office: 'OA' })).scorecards[0]!;
    // The Gender Unit rates OA's milestones below "meets" by hand, and opens three actions for it.
    await overrideRating(h.ctx, gu, cardA.id!, 'milestones-met', { rating: 'approaches', justification: JUSTIFICATION }, cardA.version!);
    const open = (steps: string, due: string, responsible: string) =>
      createRemedialAction(h.ctx, gu, cardA.id!, { criterion: 'milestones-met', steps, due, responsible });
    await open('Review the milestones with each target owner every month', addDays(TODAY, -4), USERS.owner);
    const started = await open('Train the focal point on milestone planning', addDays(TODAY, 12), USERS.focalA);
    await updateRemedialAction(h.ctx, gu, started.id, { status: 'in-progress' }, started.version);
    const done = await open('Write the milestone guidance', addDays(TODAY, -30), USERS.focalA);
    await updateRemedialAction(h.ctx, gu, done.id, { status: 'done' }, done.version);
  });
  afterAll(async () => {
    await h.close();
  });

  async function ask(email: string, text: string) {
    const before = h.teams.double.activities.length;
    const res = await h.post(message(h.teams.double.serviceUrl, h.user(email), text));
    expect(res.status).toBe(200);
    const replies = h.teams.double.activities.slice(before);
    expect(replies.map((r) => r.conversationId)).toEqual(replies.map(() => personalConversationId(h.user(email))));
    const cards = replies.flatMap((r) => r.activity.attachments ?? []).map((a: any) => a.content);
    return { text: replies.map((r) => readableText(r.activity.attachments)).join('\n'), cards };
  }
  const subEntityOf = (card: any) => JSON.parse(new URL(card.actions[0].url).searchParams.get('context')!).subEntityId as string;

  describe('understands', () => {
    it.each([
      ['scorecard', { name: 'scorecard', office: null }],
      ['Scorecard oa', { name: 'scorecard', office: 'OA' }],
      ['score card OB', { name: 'scorecard', office: 'OB' }],
    ])('"%s"', (text, command) => {
      expect(parseCommand(text)).toEqual(command);
    });

    it('explains a wrong office code or too many words', () => {
      expect(parseCommand('scorecard of-course')).toMatchObject({ name: 'unknown', hint: expect.stringContaining('is not an office code') });
      expect(parseCommand('scorecard OA OB')).toMatchObject({ name: 'unknown', hint: expect.stringContaining('at most one office code') });
    });

    it('lists the command in help', async () => {
      expect((await ask(USERS.owner, 'help')).text).toContain('scorecard [office]');
    });
  });

  it('takes the closed period that ended last, whatever the order of the list', () => {
    const closed = (end: string) => ({ end, status: 'closed' as const, closedAt: `${end}T12:00:00.000Z` });
    expect(lastClosedPeriod([closed('2026-06-30'), closed('2026-09-30'), { end: '2026-12-31', status: 'open', closedAt: null }])?.end).toBe('2026-09-30');
    expect(lastClosedPeriod([{ end: '2026-12-31', status: 'open', closedAt: null }])).toBeUndefined();
  });

  describe("a focal point's office", () => {
    it('shows every rating of the last closed period as words, the override marked with the computed rating beside it', async () => {
      const { text, cards } = await ask(USERS.focalA, 'scorecard');
      expect(cards).toHaveLength(1);
      expect(text).toContain('OA: scorecard for 2026 Q3');
      expect(text).not.toContain('2026 Q2');
      expect(text).toMatch(/Milestones[^\n]*\nApproaches requirements \(overridden; computed: [A-Z][a-z]+/);
      expect(text).toContain('Gender focal point appointed\nMeets requirements');
      // Ratings as words only: no code such as "not-applicable" or "approaches" on its own.
      expect(text).not.toMatch(/\b(not-applicable|in-progress)\b/);
    });

    it('lists the open remedial actions with steps, due date (overdue marked), responsible by name and status in words, and not the done one', async () => {
      const { text } = await ask(USERS.focalA, 'scorecard');
      expect(text).toContain('Open remedial actions (2)');
      expect(text).toContain('Review the milestones with each target owner every month');
      expect(text).toContain(`Due\n${addDays(TODAY, -4)} (4 days overdue)`);
      expect(text).toContain('Responsible\nTarget Owner');
      expect(text).toContain('Status\nOpen');
      expect(text).toContain(`Due\n${addDays(TODAY, 12)}\nResponsible\nFocal Point A\nStatus\nIn progress`);
      expect(text).not.toContain('Write the milestone guidance');
      expect(text).not.toContain(USERS.owner);
    });

    it('has an "Open the scorecard" button into the tab', async () => {
      const { cards } = await ask(USERS.focalA, 'scorecard');
      expect(cards[0].actions[0]).toMatchObject({ type: 'Action.OpenUrl', title: 'Open the scorecard' });
      expect(subEntityOf(cards[0])).toBe('dashboard');
    });

    it('says so when an office has no open remedial action', async () => {
      const { text } = await ask(USERS.focalB, 'scorecard');
      expect(text).toContain('OB: scorecard for 2026 Q3');
      expect(text).toContain('No open remedial actions.');
    });
  });

  it('shows a target owner the offices she owns targets in', async () => {
    const { text, cards } = await ask(USERS.owner, 'scorecard');
    expect(cards).toHaveLength(2);
    expect(text).toContain('OA: scorecard for 2026 Q3');
    expect(text).toContain('OB: scorecard for 2026 Q3');
  });

  it('shows the Gender Unit, of no office, the department at a glance and how to name an office', async () => {
    const { text, cards } = await ask(USERS.advisor, 'scorecard');
    expect(cards).toHaveLength(1);
    expect(text).toContain('Office scorecards for 2026 Q3');
    expect(text).toMatch(/OA\n\d+ of \d+ rated below "Meets requirements" · 2 open remedial actions · 1 overdue · 1 overridden/);
    expect(text).toMatch(/OB\n\d+ of \d+ rated below "Meets requirements" · 0 open remedial actions/);
    expect(text).toContain('name it: "scorecard OO"');
  });

  it('answers for the office named, and names the offices when the code is unknown', async () => {
    expect((await ask(USERS.advisor, 'scorecard OA')).text).toContain('Open remedial actions (2)');
    expect((await ask(USERS.advisor, 'scorecard XYZ')).text).toContain('There is no office with code XYZ. The offices are: OA, OB.');
  });

  it('refuses someone without a role, as the API does', async () => {
    expect((await ask(USERS.stranger, 'scorecard OA')).text).toContain('You have no role in the action plan; ask the Gender Unit for access.');
  });

  describe('with nothing to show', () => {
    let bare: BotHarness;
    beforeAll(async () => {
      bare = await startBotHarness();
    });
    afterAll(async () => {
      await bare.close();
    });
    const askBare = async (text: string) => {
      const before = bare.teams.double.activities.length;
      await bare.post(message(bare.teams.double.serviceUrl, bare.user(USERS.focalA), text));
      return bare.teams.double.activities
        .slice(before)
        .map((r) => readableText(r.activity.attachments))
        .join('\n');
    };

    it('says no period has been closed yet, rather than failing: before any cycle, and while the only period is open', async () => {
      expect(await askBare('scorecard')).toContain('No reporting period has been closed yet, so no office has a scorecard.');
      await bare.store.commit(
        commitOf([
          { op: 'create', entity: 'cycle', record: { id: CYCLE, start: CURRENT.start, end: addDays(TODAY, 600), periodicity: 'quarterly', reportDueDays: 15 } },
          { op: 'create', entity: 'period', record: period(CURRENT) },
        ]),
      );
      expect(await askBare('scorecard')).toContain('the open period is rated live on the dashboard');
    });
  });
});
