// Display names of the people a screen shows, read once per e-mail: every view asks for the
// e-mails it is about to show, and the names arrive in one request (GET /api/people?email=…).
// Whoever the directory does not know stays an e-mail. Views re-render when names arrive.

import type { Person } from '../../contract/people';
import type { ApiClient } from '../api/api-client';
import { apiPaths } from '../api/api-paths';

export type { Person };

/** The API takes at most this many e-mails per request. */
const BATCH = 200;

export class PeopleNames {
  /** Name by lower-case e-mail; null once asked and not known (or while the answer is on its way). */
  private readonly names = new Map<string, string | null>();
  private readonly listeners = new Set<() => void>();
  private generation = 0;

  constructor(private readonly api: ApiClient) {}

  nameOf(email: string): string | undefined {
    return this.names.get(email.toLowerCase()) ?? undefined;
  }

  /** Names the picker's search already brought: no need to ask again. */
  remember(people: readonly Person[]): void {
    let changed = false;
    for (const p of people) {
      if (this.names.get(p.email.toLowerCase()) !== p.name) {
        this.names.set(p.email.toLowerCase(), p.name);
        changed = true;
      }
    }
    if (changed) this.changed();
  }

  /**
   * Asks for the names of the e-mails not asked for yet. Calls made while a screen renders
   * (one per card or row) are gathered into one request, sent on the next turn of the event loop.
   */
  load(emails: readonly string[]): Promise<void> {
    for (const e of emails) {
      const email = e.toLowerCase();
      if (email.includes('@') && !this.names.has(email)) {
        this.names.set(email, null);
        this.queued.add(email);
      }
    }
    this.flushing ??= new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => this.flush());
    return this.flushing;
  }

  private readonly queued = new Set<string>();
  private flushing: Promise<void> | undefined;

  private async flush(): Promise<void> {
    const wanted = [...this.queued];
    this.queued.clear();
    this.flushing = undefined;
    for (let i = 0; i < wanted.length; i += BATCH) {
      const batch = wanted.slice(i, i + BATCH);
      try {
        const { body } = await this.api.get<{ people: Person[] }>(apiPaths.peopleNames(batch));
        this.remember(body.people);
      } catch {
        // The e-mails stay on screen; the next view that shows them asks again.
        for (const e of batch) this.names.delete(e);
      }
    }
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes whenever a name arrives (for useSyncExternalStore). */
  readonly snapshot = (): number => this.generation;

  private changed(): void {
    this.generation += 1;
    for (const listener of this.listeners) listener();
  }
}
