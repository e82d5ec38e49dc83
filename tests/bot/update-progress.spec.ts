// "Update progress" on a target card: an adaptiveCard/action invoke that records a check-in
// through the progress service (same validation and permissions as the API) and answers with
// the refreshed card; someone else's target, or a malformed payload, changes nothing.

import { cardAction, executeActions, readableText } from '../fakes/bot-activities';
import { startBotHarness, type BotHarness } from '../fakes/bot-harness';
import { USERS } from '../support/api-harness';

describe('Update progress card action', () => {
  let h: BotHarness;
  beforeEach(async () => {
    h = await startBotHarness();
  });
  afterEach(async () => {
    await h.close();
  });

  const update = (email: string, data: Record<string, unknown>, verb = 'updateProgress') =>
    h.post(cardAction(h.teams.double.serviceUrl, h.user(email), verb, data));
  const checkIns = () => h.store.listCheckIns(h.world.overdueA.id);

  it("records the owner's check-in and answers with the refreshed card", async () => {
    const res = await update(USERS.owner, {
      targetId: h.world.overdueA.id,
      status: 'at-risk',
      percent: '55',
      value: '',
      note: 'Two contingents left',
      evidenceUrl: 'https://sharepoint.example.org/report.docx',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    const text = readableText(res.body.value);
    expect(text).toContain('Progress recorded: At risk, 55% (2026-11-28).');
    expect(text).toMatch(/Status\nAt risk/);
    expect(text).toMatch(/Progress\n55%/);
    expect(executeActions(res.body.value)).toEqual([{ verb: 'updateProgress', data: { targetId: h.world.overdueA.id } }]);
    expect(await checkIns()).toEqual([
      expect.objectContaining({
        status: 'at-risk',
        percent: 55,
        value: null,
        note: 'Two contingents left',
        evidenceUrl: 'https://sharepoint.example.org/report.docx',
        author: USERS.owner,
      }),
    ]);
    expect(await h.store.get('target', h.world.overdueA.id)).toMatchObject({ status: 'at-risk', progress: 55, lastCheckInAt: '2026-11-28' });
  });

  it("lets the office's focal point report on a target owned by someone else", async () => {
    const res = await update(USERS.focalA, { targetId: h.world.overdueA.id, status: 'achieved' });
    expect(readableText(res.body.value)).toContain('Progress recorded: Achieved');
    expect(await checkIns()).toHaveLength(1);
  });

  it.each([
    ['the other office’s focal point', USERS.focalB],
    ['the Gender Unit', USERS.advisor],
    ['a viewer', USERS.viewer],
  ])('refuses %s and writes nothing, showing the card without the form', async (_who, email) => {
    const res = await update(email, { targetId: h.world.overdueA.id, status: 'achieved', percent: 100 });
    expect(res.body.statusCode).toBe(200);
    const text = readableText(res.body.value);
    expect(text).toContain("Not recorded. Only the target's owner or the office's focal point can report progress on it.");
    expect(executeActions(res.body.value)).toEqual([]);
    expect(await checkIns()).toEqual([]);
    expect(await h.store.get('target', h.world.overdueA.id)).toMatchObject({ status: 'on-track', progress: 40 });
  });

  it('refuses a stranger with a message instead of the card', async () => {
    const res = await update(USERS.stranger, { targetId: h.world.overdueA.id, status: 'achieved' });
    expect(res.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    expect(res.body.value).toContain('Not recorded.');
    expect(res.body.value).not.toContain('Contingents trained');
    expect(await checkIns()).toEqual([]);
  });

  it.each([
    ['a percent over 100', { status: 'on-track', percent: '150' }, 'percent must be between 0 and 100'],
    ['a percent that is not a number', { status: 'on-track', percent: 'lots' }, 'percent must be a number'],
    ['a status that does not exist', { status: 'finished' }, 'status must be one of'],
    ['no status', { percent: 10 }, 'status'],
    ['a script as evidence link', { status: 'on-track', evidenceUrl: 'javascript:alert(1)' }, 'evidenceUrl must be an http(s) link'],
    ['a field no input has', { status: 'on-track', owner: USERS.focalB }, 'owner is not a known field'],
  ])('validates the payload like API input: %s is refused', async (_case, data, problem) => {
    const res = await update(USERS.owner, { targetId: h.world.overdueA.id, ...data });
    const text = readableText(res.body.value);
    expect(text).toContain('Not recorded. Invalid');
    expect(text).toContain(problem);
    expect(await checkIns()).toEqual([]);
  });

  it('answers an unknown verb or a payload without a target with a 400 card error', async () => {
    expect((await update(USERS.owner, { targetId: h.world.overdueA.id }, 'deleteEverything')).body).toMatchObject({
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
    });
    expect((await update(USERS.owner, { status: 'achieved' })).body).toMatchObject({ statusCode: 400 });
    expect(await checkIns()).toEqual([]);
  });

  it('says so when the target does not exist', async () => {
    const res = await update(USERS.owner, { targetId: 'no-such-target', status: 'achieved' });
    expect(res.body.value).toContain('target no-such-target was not found');
  });
});
