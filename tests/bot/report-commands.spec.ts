// The bot's monitoring commands over HTTP POST /api/messages, answered through the Bot
// Connector double: "report status" (an office's report for the period being reported on:
// status in words, lines filled, due date, an "Open the report" button into the tab's
// Reporting view) and "what is due this period" (my targets with a milestone or a due date in
// the current period), for focal points, the Gender Unit, owners and strangers.

import { addDays, dayOf } from '../../src/domain/dates';
import type { NewRecord } from '../../src/domain/model';
import { parseCommand } from '../../src/bot/commands';
import { message, personalConversationId, readableText } from '../fakes/bot-activities';
import { startBotHarness, TEAMS_APP_ID, type BotHarness } from '../fakes/bot-harness';
import { NOW, USERS } from '../support/api-harness';
import { commitOf } from '../support/factories';

const TODAY = dayOf(NOW);
/** Ended a month ago, its reports due two weeks ago, not closed: the period being reported on. */
const REPORTED = { id: '2006-2007_R', label: '2026 Q3', start: addDays(TODAY, -120), end: addDays(TODAY, -30), reportDue: addDays(TODAY, -15) };
/** The period under way. */
const CURRENT = { id: '2006-2007_C', label: '2026 Q4', start: addDays(TODAY, -29), end: addDays(TODAY, 45), reportDue: addDays(TODAY, 60) };
const RETURN_COMMENT = 'Please give women and men apart for the contingents trained.';

function period(p: typeof REPORTED): NewRecord<'period'> {
  return { ...p, cycle: '2006-2007', status: 'open', closedAt: null, closedBy: null, forced: false, missingOffices: [], snapshotRows: 0, closing: null };
}

describe('bot monitoring commands', () => {
  let h: BotHarness;
  let reportId: string;
  beforeAll(async () => {
    h = await startBotHarness();
    const { world, store } = h;
    await store.commit(
      commitOf([
        {
          op: 'create',
          entity: 'cycle',
          record: { id: '2006-2007', start: addDays(TODAY, -120), end: addDays(TODAY, 600), periodicity: 'quarterly', reportDueDays: 15 },
        },
        { op: 'create', entity: 'period', record: period(REPORTED) },
        { op: 'create', entity: 'period', record: period(CURRENT) },
      ]),
    );
    // Office A's report was submitted and returned; two of its three lines have a figure.
    reportId = 'report-oa';
    const submittedAt = `${addDays(TODAY, -20)}T10:00:00.000Z`;
    const returnedAt = `${addDays(TODAY, -12)}T10:00:00.000Z`;
    const line = (id: string, targetId: string, value: number | null): NewRecord<'reportLine'> => ({
      id,
      reportId,
      targetId,
      value,
      women: null,
      men: null,
      milestone: null,
      status: 'on-track',
      comment: null,
    });
    await store.commit(
      commitOf([
        {
          op: 'create',
          entity: 'report',
          record: {
            id: reportId,
            officeId: world.officeA.id,
            periodId: REPORTED.id,
            status: 'returned',
            summary: 'Quarter 3',
            achievements: null,
            challenges: null,
            supportNeeded: null,
            nextSteps: null,
            transitions: [
              { from: 'draft', to: 'submitted', by: USERS.focalA, at: submittedAt, comment: null },
              { from: 'submitted', to: 'returned', by: USERS.advisor, at: returnedAt, comment: RETURN_COMMENT },
            ],
            createdBy: USERS.focalA,
            submittedBy: USERS.focalA,
            submittedAt,
            decidedBy: USERS.advisor,
            decidedAt: returnedAt,
            returnComment: RETURN_COMMENT,
          },
        },
        { op: 'create', entity: 'reportLine', record: line('l1', world.overdueA.id, 12) },
        { op: 'create', entity: 'reportLine', record: line('l2', world.dueSoonA.id, 1) },
        { op: 'create', entity: 'reportLine', record: line('l3', world.achievedA.id, null) },
      ]),
    );
    // The owner's later target has a milestone in the current period.
    const laterB = await store.get('target', world.laterB.id);
    await store.commit(
      commitOf([
        { op: 'update', entity: 'target', id: world.laterB.id, expectedVersion: laterB!.version, patch: { milestones: [{ periodId: CURRENT.id, value: 5 }] } },
      ]),
    );
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
    return { text: replies.map((r) => `${r.activity.text ?? ''}\n${readableText(r.activity.attachments)}`).join('\n'), cards };
  }
  const subEntityOf = (card: any) => JSON.parse(new URL(card.actions[0].url).searchParams.get('context')!).subEntityId as string;

  describe('understands', () => {
    it.each([
      ['report status', { name: 'report-status', office: null }],
      ['Report Status oo', { name: 'report-status', office: 'OO' }],
      ['what is due this period', { name: 'due-this-period' }],
      ["what's due this period?", { name: 'due-this-period' }],
      ['due this period', { name: 'due-this-period' }],
    ])('"%s"', (text, command) => {
      expect(parseCommand(text)).toEqual(command);
    });

    it('explains "report status" given a wrong office code', () => {
      expect(parseCommand('report status of-course')).toMatchObject({ name: 'unknown', hint: expect.stringContaining('is not an office code') });
    });

    it('lists both commands in help', async () => {
      const { text } = await ask(USERS.owner, 'help');
      expect(text).toContain('report status [office]');
      expect(text).toContain('what is due this period');
    });
  });

  describe('report status', () => {
    it("shows a focal point her office's report for the period being reported on: status in words, lines filled, due date, the Gender Unit's comment", async () => {
      const { text, cards } = await ask(USERS.focalA, 'report status');
      expect(cards).toHaveLength(1);
      expect(text).toContain('OA: progress report for 2026 Q3');
      expect(text).toContain('Status\nReturned for changes');
      expect(text).toContain('Lines filled\n2 of 3');
      expect(text).toContain(`Due\n${REPORTED.reportDue} (late)`);
      expect(text).toContain(RETURN_COMMENT);
      expect(text).not.toMatch(/\breturned\b(?! for changes)/);
    });

    it('has an "Open the report" button that deep-links to the report in the tab\'s Reporting view', async () => {
      const { cards } = await ask(USERS.focalA, 'report status');
      expect(cards[0].actions[0]).toMatchObject({ type: 'Action.OpenUrl', title: 'Open the report' });
      expect(cards[0].actions[0].url).toMatch(new RegExp(`^https://teams\\.microsoft\\.com/l/entity/${TEAMS_APP_ID}/actionplan\\?context=`));
      expect(subEntityOf(cards[0])).toBe(`report:${reportId}`);
    });

    it('says an office has not begun its report, with the targets it will report on, and links to its reporting page', async () => {
      const { text, cards } = await ask(USERS.focalB, 'report status');
      expect(text).toContain('OB: progress report for 2026 Q3');
      expect(text).toContain('Status\nNot started');
      expect(text).toContain('none yet (2 targets to report on)');
      expect(subEntityOf(cards[0])).toBe(`reporting:${REPORTED.id}:OB`);
    });

    it('answers the Gender Unit, who is no focal point, for an office it names, and says how to name one', async () => {
      expect((await ask(USERS.advisor, 'report status')).text).toContain('You are not a focal point of any office. Name the office: "report status OO".');
      expect((await ask(USERS.advisor, 'report status OA')).text).toContain('Lines filled\n2 of 3');
    });

    it('names the offices when the code is unknown', async () => {
      expect((await ask(USERS.advisor, 'report status XYZ')).text).toContain('There is no office with code XYZ. The offices are: OA, OB.');
    });

    it('refuses someone without a role, as the API does', async () => {
      expect((await ask(USERS.stranger, 'report status OA')).text).toContain('You have no role in the action plan; ask the Gender Unit for access.');
    });
  });

  describe('what is due this period', () => {
    it('lists my open targets due in the current period or with a milestone in it, and nothing else', async () => {
      const { text, cards } = await ask(USERS.owner, 'what is due this period');
      expect(cards).toHaveLength(1);
      expect(text).toContain('Due this period (2026 Q4): 2 targets');
      expect(text).toContain(`OA 1.1.a\nContingents trained: due ${addDays(TODAY, -10)}`);
      expect(text).toContain(`OB 1.1.b\nVetting guidance: milestone 5 % by ${CURRENT.end}`);
      // Achieved, so nothing is due on it any more.
      expect(text).not.toContain('Roster built');
    });

    it('says so when nothing of mine is due this period', async () => {
      expect((await ask(USERS.advisor, "what's due this period?")).text).toContain('None of your open targets has a milestone or a due date in this period.');
    });
  });

  describe('before the Gender Unit has set up the cycle', () => {
    let bare: BotHarness;
    beforeAll(async () => {
      bare = await startBotHarness();
    });
    afterAll(async () => {
      await bare.close();
    });

    it('says there are no reporting periods yet, rather than failing', async () => {
      const before = bare.teams.double.activities.length;
      await bare.post(message(bare.teams.double.serviceUrl, bare.user(USERS.focalA), 'report status'));
      await bare.post(message(bare.teams.double.serviceUrl, bare.user(USERS.owner), 'what is due this period'));
      const [status, due] = bare.teams.double.activities.slice(before).map((r) => readableText(r.activity.attachments));
      expect(status).toContain('The Gender Unit has not set up the reporting periods of the 2006-2007 cycle yet.');
      expect(due).toContain('None of your open targets has a milestone or a due date in this period.');
    });
  });
});
