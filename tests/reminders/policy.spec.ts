// The reminder policy: sensible defaults, validation like any other input, stored as the
// 'reminder-policy' setting and edited by the Gender Unit only; and time zones learned from
// Teams clients, which the policy's own entries override.

import { ConflictError, ForbiddenError, ValidationError } from '../../src/domain/errors';
import { DEFAULT_REMINDER_POLICY, parseReminderPolicy } from '../../src/domain/reminder-policy';
import { effectivePolicy } from '../../src/reminders/sweep-data';
import { serviceContext } from '../../src/services/context';
import { staticDirectory } from '../../src/services/directory';
import type { Actor } from '../../src/services/identity';
import { getReminderPolicy, learnedTimeZones, rememberTimeZone, updateReminderPolicy } from '../../src/services/reminders';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store';
import { NOW } from '../support/api-harness';

const actor = (roles: Actor['roles'], email = 'someone@example.org'): Actor => ({ id: email, email, name: email, roles, focalOfficeIds: [] });

describe('reminder policy', () => {
  it('has sensible defaults', () => {
    expect(DEFAULT_REMINDER_POLICY).toMatchObject({
      dueSoonDays: 7,
      overdueEveryDays: 7,
      escalateToFocalPointAfterDays: 14,
      escalateToGenderUnitAfterDays: 30,
      reviewWaitingDays: 10,
      digestWeekday: 1,
      workingDays: [1, 2, 3, 4, 5],
      sendWindow: { startHour: 9, endHour: 17 },
      defaultTimeZone: 'UTC',
      planStatuses: ['submitted', 'returned', 'endorsed'],
    });
  });

  it.each([
    [{ escalateToFocalPointAfterDays: 30, escalateToGenderUnitAfterDays: 30 }, 'escalateToGenderUnitAfterDays'],
    [{ sendWindow: { startHour: 18, endHour: 9 } }, 'sendWindow.endHour'],
    [{ defaultTimeZone: 'Mars/Olympus_Mons' }, 'defaultTimeZone'],
    [{ timeZones: { 'a@example.org': 'GMT+25' } }, 'timeZones.a@example.org'],
    [{ workingDays: [] }, 'workingDays'],
    [{ overdueEveryDays: 0 }, 'overdueEveryDays'],
    [{ genderUnit: { recipients: ['not an e-mail'] } }, 'genderUnit.recipients.0'],
    [{ remindEveryone: true }, 'remindEveryone'],
  ])('refuses %j, naming the field', (input, field) => {
    try {
      parseReminderPolicy(input);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).problems.map((p) => p.field)).toContain(field);
    }
  });

  describe('as a stored setting', () => {
    let store: SqliteStore;
    beforeEach(() => {
      store = new SqliteStore({ path: ':memory:' });
    });
    afterEach(async () => {
      await store.close();
    });
    const ctx = () => serviceContext(store, () => NOW);

    it('is set by the Gender Unit, with its version checked, and read back with defaults filled in', async () => {
      const advisor = actor(['gender-unit']);
      await updateReminderPolicy(ctx(), advisor, { dueSoonDays: 3 }, null);
      expect(await getReminderPolicy(ctx(), advisor)).toMatchObject({ dueSoonDays: 3, overdueEveryDays: 7 });
      await expect(updateReminderPolicy(ctx(), advisor, { dueSoonDays: 4 }, null)).rejects.toBeInstanceOf(ConflictError);
      await updateReminderPolicy(ctx(), advisor, { dueSoonDays: 4 }, 1);
      expect(await getReminderPolicy(ctx(), advisor)).toMatchObject({ dueSoonDays: 4 });
    });

    it('is refused to anyone else', async () => {
      await expect(updateReminderPolicy(ctx(), actor(['viewer']), {}, null)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getReminderPolicy(ctx(), actor([]))).rejects.toBeInstanceOf(ForbiddenError);
    });

    it('takes the Gender Unit from the directory when it names nobody, and merges learned time zones under its own', async () => {
      await rememberTimeZone(ctx(), 'Owner@Example.org', 'Asia/Tokyo');
      await rememberTimeZone(ctx(), 'focal@example.org', 'Europe/Paris');
      await rememberTimeZone(ctx(), 'focal@example.org', 'not/a-zone');
      expect(await learnedTimeZones(ctx())).toEqual({ 'owner@example.org': 'Asia/Tokyo', 'focal@example.org': 'Europe/Paris' });
      await updateReminderPolicy(ctx(), actor(['gender-unit']), { timeZones: { 'focal@example.org': 'America/New_York' } }, null);
      const directory = staticDirectory([
        { email: 'GU@example.org', name: 'GU', roles: ['gender-unit'] },
        { email: 'v@example.org', name: 'V', roles: ['viewer'] },
      ]);
      expect(await effectivePolicy(ctx(), directory)).toMatchObject({
        genderUnit: { recipients: ['gu@example.org'] },
        timeZones: { 'owner@example.org': 'Asia/Tokyo', 'focal@example.org': 'America/New_York' },
      });
    });
  });
});
