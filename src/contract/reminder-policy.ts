// The reminder policy (GET|PUT /api/reminder-policy): the body is the policy itself, its
// version in the ETag. The schema is the domain's (src/domain/reminder-policy.ts); the PUT
// body may leave out any field, which then takes its default.

import { reminderPolicySchema, type ReminderPolicy, type ReminderPolicyInput } from '../domain/reminder-policy';
import { contractSchemas } from './registry';

export const reminderPolicy = reminderPolicySchema.register(contractSchemas, { id: 'ReminderPolicy' });
export type { ReminderPolicy, ReminderPolicyInput };
