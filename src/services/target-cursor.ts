// The cursor of GET /api/targets: an opaque string that names the position a page ended at
// (see store/target-pages.ts). Clients hand it back unchanged; anything else is refused as
// invalid rather than read as "from the start", which would repeat pages silently.

import { z } from 'zod';
import type { TargetPosition } from '../store/target-pages';

const positionSchema = z.tuple([z.union([z.literal(0), z.literal(1)]), z.string().min(1).max(40), z.string().min(1).max(200)]);

export function encodeCursor(position: TargetPosition): string {
  return Buffer.from(JSON.stringify([position.overdue ? 1 : 0, position.dueDate, position.id])).toString('base64url');
}

/** A cursor as the query carries it, read back into the position it names. */
export const cursorSchema = z
  .string()
  .max(400)
  .transform((text, ctx): TargetPosition => {
    const parsed = positionSchema.safeParse(decodeJson(text));
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: 'is not a cursor this API gave; start again without it' });
      return z.NEVER;
    }
    const [overdue, dueDate, id] = parsed.data;
    return { overdue: overdue === 1, dueDate, id };
  });

function decodeJson(text: string): unknown {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  try {
    return JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}
