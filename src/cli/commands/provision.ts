// `provision [--dry-run]`: makes the SharePoint site's lists match manifest/sharepoint-lists.json.
// Prints each change on stdout; a missing site, refused credentials or a missing grant end it
// with one line that says what to check (see src/graph/graph-access.ts and provision.ts).

import type { Command } from 'commander';
import { loadConfig } from '../../config';
import { CliUsageError } from '../cli-context';

export function registerProvisionCommand(program: Command, stdout: NodeJS.WritableStream = process.stdout): void {
  program
    .command('provision')
    .description('create or update the SharePoint lists from manifest/sharepoint-lists.json (never deletes; a second run changes nothing)')
    .option('--dry-run', 'print the changes without making them')
    .action(async (options: { dryRun?: boolean }) => {
      const config = loadConfig();
      if (!config.sharepointSiteUrl) throw new CliUsageError('provision needs SHAREPOINT_SITE_URL (and TENANT_ID, CLIENT_ID, CLIENT_SECRET).');
      const [{ createLogger, graphAccess }, { loadListSchema }, { describeStep, provision }] = await Promise.all([
        import('../../composition'),
        import('../../graph/list-schema'),
        import('../../graph/provision'),
      ]);
      const logger = createLogger(config);
      const steps = await provision(await graphAccess(config, logger), config.sharepointSiteUrl, loadListSchema(), {
        dryRun: options.dryRun,
        onStep: (step) => stdout.write(`done: ${describeStep(step)}\n`),
      });
      if (options.dryRun) for (const step of steps) stdout.write(`would ${describeStep(step)}\n`);
      stdout.write(steps.length === 0 ? 'The lists are up to date; nothing to do.\n' : `${steps.length} change(s) ${options.dryRun ? 'to make' : 'made'}.\n`);
    });
}
