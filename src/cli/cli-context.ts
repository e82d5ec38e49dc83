// What every command of the CLI works with: the services opened by the composition root (tests
// pass their own), the identity the command line acts as, and errors told the way a terminal
// wants them: a usage error exits 2, and a validation error names its fields in its one line.

import { loadConfig } from '../config';
import { ValidationError } from '../domain/errors';
import type { ServiceContext } from '../services/context';
import type { Identity } from '../services/identity';

/** The command line was used wrongly (a missing setting, a malformed option): exit 2. */
export class CliUsageError extends Error {}

/** The command line acts as the system's own administrator: whoever runs it already holds the database. */
export const CLI_IDENTITY: Identity = { id: 'cli@action-plan', email: 'cli@action-plan', name: 'Command line', roles: ['gender-unit', 'admin'] };

export interface CliContext {
  ctx: ServiceContext;
  close(): Promise<void>;
}

export interface CliDeps {
  /** Opens the configured store; tests pass their own. */
  open?: () => Promise<CliContext>;
  stdout?: NodeJS.WritableStream;
  /** Progress goes here: a bar when it is a terminal, plain lines otherwise. */
  stderr?: NodeJS.WritableStream & { isTTY?: boolean };
}

export async function openConfiguredStore(): Promise<CliContext> {
  // Loaded here, not at the top: `--help` should not wait for Express, the Teams SDK and the exporters.
  const { openServices } = await import('../composition');
  const { ctx, close } = await openServices(loadConfig());
  return { ctx, close };
}

/** The CLI prints only an error's message: put the field details into it. */
export async function explained<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ValidationError && error.problems.length) {
      throw new ValidationError(`${error.message}: ${error.problems.map((p) => `${p.field} ${p.message}`).join('; ')}`, error.problems);
    }
    throw error;
  }
}
