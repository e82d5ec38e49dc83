// `serve`: the app (tab, API, bot, reminder sweeps) on PORT with the configured store, as the
// composition root starts it; SIGINT and SIGTERM close it (sweep, server, store) before exit.

import type { Command } from 'commander';
import { loadConfig } from '../../config';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('run the app (tab, API, bot) on PORT with the configured store; its log goes to stderr')
    .action(async () => {
      const { createLogger, startServer } = await import('../../composition');
      const config = loadConfig();
      const logger = createLogger(config);
      const running = await startServer(config, logger);
      const stop = async (signal: string) => {
        logger.info({ signal }, 'shutting down');
        await running.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop('SIGINT'));
      process.once('SIGTERM', () => void stop('SIGTERM'));
    });
}
