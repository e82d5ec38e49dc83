// `npm run package -- --env <name>`: the Teams app package of one environment, checked offline
// and written to appPackage/build/appPackage.<name>.zip. Problems go to stderr, exit code 1.

import path from 'node:path';
import { Command } from 'commander';
import { PackageError, packageApp } from './package-app';

const ROOT = path.resolve(__dirname, '..', '..');

export async function main(argv: readonly string[] = process.argv): Promise<number> {
  const program = new Command()
    .name('package')
    .description('Build the Teams app package (manifest, icons, language files) of one environment')
    .option('--env <name>', 'the environment: env/.env.<name> and env/.env.<name>.user', 'dev')
    .option('--out <dir>', 'where to write the zip (default: appPackage/build)')
    .exitOverride();
  try {
    program.parse(argv);
  } catch (error) {
    return (error as { exitCode?: number }).exitCode ?? 2;
  }
  const options = program.opts<{ env: string; out?: string }>();
  try {
    const result = await packageApp({
      envName: options.env,
      envDir: path.join(ROOT, 'env'),
      appPackageDir: path.join(ROOT, 'appPackage'),
      outDir: options.out ? path.resolve(options.out) : path.join(ROOT, 'appPackage', 'build'),
    });
    process.stdout.write(`${path.relative(process.cwd(), result.zipPath)} (${result.entries.join(', ')})\n`);
    return 0;
  } catch (error) {
    const message = error instanceof PackageError ? error.message : `the Teams app package cannot be built: ${(error as Error).message}`;
    process.stderr.write(`package --env ${options.env}: ${message}\n`);
    return 1;
  }
}

if (require.main === module) {
  void main().then((code) => {
    process.exitCode = code;
  });
}
