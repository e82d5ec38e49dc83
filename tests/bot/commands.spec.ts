// The bot's commands, driven over HTTP POST /api/messages with Teams-shaped activities and
// answered through the Bot Connector double, for each role: the same people and permissions
// as the API tests (gender unit, viewer, admin, focal points, owner, stranger).

import { channelMention, executeActions, message, personalConversationId, readableText, TEAM_CHANNEL } from '../fakes/bot-activities';
import { startBotHarness, TEAMS_APP_ID, type BotHarness } from '../fakes/bot-harness';
import { USERS } from '../support/api-harness';

describe('bot commands', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  /** Sends `text` as `email` in their personal chat; returns the replies, as text and raw. */
  async function ask(email: string, text: string) {
    const before = h.teams.double.activities.length;
    const res = await h.post(message(h.teams.double.serviceUrl, h.user(email), text));
    expect(res.status).toBe(200);
    const replies = h.teams.double.activities.slice(before);
    expect(replies.map((r) => r.conversationId)).toEqual(replies.map(() => personalConversationId(h.user(email))));
    return { text: replies.map((r) => `${r.activity.text ?? ''}\n${readableText(r.activity.attachments)}`).join('\n'), replies };
  }

  const refused = 'You have no role in the action plan; ask the Gender Unit for access.';

  describe('help', () => {
    it.each([USERS.advisor, USERS.owner, USERS.stranger])('lists the five commands to %s, with a link to the tab', async (who) => {
      const { text, replies } = await ask(who, 'help');
      for (const command of ['my targets', 'overdue [office]', 'status [office]', 'plan <office>', 'help']) expect(text).toContain(command);
      expect(JSON.stringify(replies[0]!.activity)).toContain(`https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/actionplan`);
    });

    it('answers input it does not understand with help, not silence', async () => {
      const { text } = await ask(USERS.owner, 'what is the weather');
      expect(text).toContain('I did not understand "what is the weather"');
      expect(text).toContain('my targets');
    });

    it('explains a command given the wrong arguments', async () => {
      expect((await ask(USERS.owner, 'plan')).text).toContain('"plan" needs an office code');
      expect((await ask(USERS.owner, 'overdue of-course')).text).toContain('is not an office code');
    });
  });

  describe('my targets', () => {
    it("shows the owner's open targets, each with an Update progress action, overdue first", async () => {
      const { text, replies } = await ask(USERS.owner, 'my targets');
      expect(text).toContain('You own 2 open targets, 1 overdue.');
      expect(replies[0]!.activity.attachmentLayout).toBe('carousel');
      const titles = replies[0]!.activity.attachments.map((a: any) => readableText(a.content).split('\n')[0]);
      expect(titles).toEqual(['OA 1.1.a: Contingents trained', 'OB 1.1.b: Vetting guidance']);
      expect(text).not.toContain('Roster built');
      expect(executeActions(replies).map((a) => a.data.targetId)).toEqual([h.world.overdueA.id, h.world.laterB.id]);
    });

    it('tells the Gender Unit advisor, who owns none, so', async () => {
      expect((await ask(USERS.advisor, 'my targets')).text).toContain('You own no open targets.');
    });

    it('refuses a stranger as the API does', async () => {
      expect((await ask(USERS.stranger, 'my targets')).text).toContain(refused);
    });
  });

  describe('overdue', () => {
    it.each([USERS.advisor, USERS.viewer, USERS.admin, USERS.focalA, USERS.owner])('lists every overdue target, most overdue first, to %s', async (who) => {
      const { text } = await ask(who, 'overdue');
      expect(text).toContain('Overdue targets (2)');
      expect(text.indexOf('Police advisers deployed')).toBeLessThan(text.indexOf('Contingents trained'));
      expect(text).toContain('overdue by 40 days');
      expect(text).not.toContain('Roster built');
    });

    it('names the owners by their display name, not their e-mail', async () => {
      const { text } = await ask(USERS.advisor, 'overdue');
      expect(text).toContain('Focal Point B');
      expect(text).not.toMatch(/@dpko\.example\.org/);
    });

    it("narrows to one office's targets", async () => {
      const { text } = await ask(USERS.focalB, 'overdue oa');
      expect(text).toContain('Overdue targets in OA (1)');
      expect(text).not.toContain('Police advisers deployed');
    });

    it('names the offices when the code is unknown', async () => {
      expect((await ask(USERS.advisor, 'overdue ZZ')).text).toContain('There is no office with code ZZ. The offices are: OA, OB.');
    });

    it('refuses a stranger', async () => {
      const { text } = await ask(USERS.stranger, 'overdue');
      expect(text).toContain(refused);
      expect(text).not.toContain('Contingents trained');
    });
  });

  describe('status', () => {
    it('gives the department roll-up with a line per office', async () => {
      const { text } = await ask(USERS.viewer, 'status');
      expect(text).toContain('Department, cycle 2006-2007');
      expect(text).toMatch(/OA\nEndorsed · [\d.]+% complete · 1 overdue target/);
      expect(text).toMatch(/OB\nEndorsed · [\d.]+% complete · 1 overdue target/);
    });

    it("gives one office's status with its overdue targets", async () => {
      const { text } = await ask(USERS.focalB, 'status OB');
      expect(text).toContain('OB, Office B');
      expect(text).toContain('Police advisers deployed (overdue 40 days, Focal Point B)');
      expect(text).toMatch(/Stage\nPlan endorsed/);
    });

    it('refuses a stranger', async () => {
      expect((await ask(USERS.stranger, 'status OA')).text).toContain(refused);
    });
  });

  describe('plan', () => {
    it("shows an office's work plan at a glance, linked to the plan in the tab", async () => {
      const { text, replies } = await ask(USERS.advisor, 'plan OA');
      expect(text).toContain('OA: Office A work plan');
      expect(text).toMatch(/Status\nEndorsed/);
      expect(text).toContain('1. Women in field operations');
      expect(JSON.stringify(replies[0]!.activity)).toContain(encodeURIComponent(JSON.stringify({ subEntityId: `plan:${h.world.planA.id}` })));
    });

    it('refuses a stranger', async () => {
      expect((await ask(USERS.stranger, 'plan OA')).text).toContain(refused);
    });
  });

  it('answers in a channel when mentioned, with the mention stripped', async () => {
    const before = h.teams.double.activities.length;
    const res = await h.post(channelMention(h.teams.double.serviceUrl, h.user(USERS.advisor), 'overdue OB'));
    expect(res.status).toBe(200);
    const [reply] = h.teams.double.activities.slice(before);
    expect(reply!.conversationId.startsWith(TEAM_CHANNEL)).toBe(true);
    expect(readableText(reply!.activity.attachments)).toContain('Overdue targets in OB (1)');
  });

  it('posts every reply with the bot token from the token endpoint', async () => {
    await ask(USERS.owner, 'help');
    expect(h.teams.double.tokensIssued).toBeGreaterThan(0);
    expect(h.teams.double.requests.every((r) => r.status !== 401)).toBe(true);
  });
});
