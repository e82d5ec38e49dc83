// Builds the Teams app package of one environment: fills the manifest's ${{…}} placeholders from
// env/.env.<name>(.user), validates it offline against the official schema it declares, checks
// the icons and the language files, and writes appPackage/build/appPackage.<name>.zip.

import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { loadEnvironment } from './env-files';
import { checkColorIcon, checkOutlineIcon } from './icon-rules';
import { checkTranslations } from './localization';
import { loadSchema, localizationSchemaUrl, validateAgainstSchema } from './manifest-schema';
import { fillPlaceholders, jsonEscaped } from './placeholders';

export interface PackageOptions {
  /** The environment: env/.env.<envName>. */
  envName: string;
  /** The folder of the .env files (the project's env/). */
  envDir: string;
  /** The folder of manifest.json, the icons and the language files. */
  appPackageDir: string;
  /** Where the zip goes; default <appPackageDir>/build. */
  outDir?: string;
}

export interface PackageResult {
  zipPath: string;
  /** The filled manifest, as written into the zip. */
  manifest: Record<string, unknown>;
  /** The names of the files in the zip. */
  entries: string[];
}

/** Everything that stops a package from being built, each problem on its own line. */
export class PackageError extends Error {
  override readonly name = 'PackageError';
  constructor(
    readonly problems: readonly string[],
    summary = 'the Teams app package cannot be built',
  ) {
    super(`${summary}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** A production environment leaves the name suffix empty ("1325 Action Plan"). */
const MAY_BE_EMPTY = new Set(['APP_NAME_SUFFIX']);

/** Zip entries carry this date so that the same inputs give the same bytes. */
const ENTRY_DATE = new Date(Date.UTC(2024, 0, 1));

interface Manifest {
  $schema?: string;
  icons?: { color?: string; outline?: string };
  localizationInfo?: { defaultLanguageFile?: string; additionalLanguages?: { languageTag: string; file: string }[] };
}

function insidePackage(dir: string, relative: string | undefined, what: string, problems: string[]): string | undefined {
  if (!relative) return undefined;
  const file = path.resolve(dir, relative);
  if (path.relative(dir, file).startsWith('..') || path.isAbsolute(path.relative(dir, file))) {
    problems.push(`${what} "${relative}" is outside ${dir}`);
    return undefined;
  }
  if (!fs.existsSync(file)) {
    problems.push(`${what} "${relative}" does not exist in ${dir}`);
    return undefined;
  }
  return file;
}

/** Reads and fills manifest.json; the problems are missing variables or bad JSON. */
function filledManifest(options: PackageOptions): Record<string, unknown> {
  const env = loadEnvironment(options.envDir, options.envName);
  const text = fs.readFileSync(path.join(options.appPackageDir, 'manifest.json'), 'utf8');
  const filled = fillPlaceholders(text, jsonEscaped(env.values), MAY_BE_EMPTY);
  if (filled.missing.length) {
    throw new PackageError(
      filled.missing.map((name) => `${name} has no value in ${env.files.map((f) => path.basename(f)).join(' or ')}`),
      `the manifest needs ${filled.missing.length} variable(s) that environment "${options.envName}" does not set (run provision, or set them)`,
    );
  }
  try {
    return JSON.parse(filled.text) as Record<string, unknown>;
  } catch (error) {
    throw new PackageError([`manifest.json is not JSON once filled: ${(error as Error).message}`]);
  }
}

export async function packageApp(options: PackageOptions): Promise<PackageResult> {
  const dir = options.appPackageDir;
  const manifest = filledManifest(options);
  const declared = manifest as Manifest;
  if (!declared.$schema) throw new PackageError(['manifest.json has no $schema: it must name the official schema it follows']);

  const problems: string[] = [];
  let schemaFailed = false;
  try {
    for (const message of await validateAgainstSchema(manifest, loadSchema(declared.$schema))) {
      problems.push(`manifest.json${message.startsWith('/') ? '' : ' '}${message}`);
      schemaFailed = true;
    }
  } catch (error) {
    throw new PackageError([(error as Error).message]);
  }

  const files = new Map<string, Buffer>();
  const { color: colorName, outline: outlineName } = declared.icons ?? {};
  const color = insidePackage(dir, colorName, 'icons.color', problems);
  const outline = insidePackage(dir, outlineName, 'icons.outline', problems);
  if (color && colorName) problems.push(...checkColorIcon(colorName, fs.readFileSync(color)));
  if (outline && outlineName) problems.push(...checkOutlineIcon(outlineName, fs.readFileSync(outline)));
  if (color) files.set(path.relative(dir, color), fs.readFileSync(color));
  if (outline) files.set(path.relative(dir, outline), fs.readFileSync(outline));

  const languages = [
    ...(declared.localizationInfo?.defaultLanguageFile ? [declared.localizationInfo.defaultLanguageFile] : []),
    ...(declared.localizationInfo?.additionalLanguages ?? []).map((l) => l.file),
  ];
  if (languages.length && !schemaFailed) {
    const localizationSchema = loadSchema(localizationSchemaUrl(declared.$schema));
    for (const relative of languages) {
      const file = insidePackage(dir, relative, 'language file', problems);
      if (!file) continue;
      const text = fs.readFileSync(file, 'utf8');
      // The toolkit zips language files as they are, so a placeholder would reach Teams unfilled.
      if (text.includes('${{')) problems.push(`${relative}: language files cannot use \${{…}} placeholders (the toolkit does not fill them)`);
      let translations: Record<string, unknown>;
      try {
        translations = JSON.parse(text) as Record<string, unknown>;
      } catch (error) {
        problems.push(`${relative}: not JSON: ${(error as Error).message}`);
        continue;
      }
      for (const message of await validateAgainstSchema(translations, localizationSchema))
        problems.push(`${relative}${message.startsWith('/') ? '' : ' '}${message}`);
      problems.push(...checkTranslations(relative, translations, manifest, localizationSchema));
      files.set(path.relative(dir, file), Buffer.from(text));
    }
  }
  if (problems.length) throw new PackageError(problems);

  const zip = new JSZip();
  const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
  zip.file('manifest.json', manifestText, { date: ENTRY_DATE });
  for (const [name, bytes] of files) zip.file(name.split(path.sep).join('/'), bytes, { date: ENTRY_DATE });
  const outDir = options.outDir ?? path.join(dir, 'build');
  fs.mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, `appPackage.${options.envName}.zip`);
  fs.writeFileSync(zipPath, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }));
  fs.writeFileSync(path.join(outDir, `manifest.${options.envName}.json`), manifestText);
  return { zipPath, manifest, entries: ['manifest.json', ...[...files.keys()].map((n) => n.split(path.sep).join('/'))] };
}
