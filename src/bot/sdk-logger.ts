// The Teams SDK logs through its own ILogger; this one writes to the app's pino logger (stderr,
// JSON) so that the SDK's warnings land in the same log as everything else.

import type { ILogger, ILoggerOptions, LogLevel } from '@microsoft/teams.common';
import type { Logger } from 'pino';
import { format } from 'node:util';

const SDK_LEVELS: readonly LogLevel[] = ['trace', 'debug', 'info', 'warn', 'error'];

export function sdkLogger(logger: Logger, name = 'teams-sdk'): ILogger {
  const child = logger.child({ component: name });
  const write = (level: LogLevel, msg: unknown[]) => {
    if (child.isLevelEnabled(level)) child[level](format(...msg));
  };
  return {
    loggerOptions: { level: SDK_LEVELS.find((level) => level === logger.level) ?? 'error' },
    debug: (...msg) => write('debug', msg),
    info: (...msg) => write('info', msg),
    warn: (...msg) => write('warn', msg),
    error: (...msg) => write('error', msg),
    trace: (...msg) => write('trace', msg),
    log: (level, ...msg) => write(level, msg),
    child: (childName: string, _overrides?: ILoggerOptions) => sdkLogger(logger, `${name}/${childName}`),
  };
}
