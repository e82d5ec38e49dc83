// The French language file translates every string of the manifest that the official
// localization schema lets a language file translate, and only those.

import './esm-shims';
import path from 'node:path';
import { loadSchema, localizationSchemaUrl } from '../../src/app-package/manifest-schema';
import { checkTranslations, localizableStrings } from '../../src/app-package/localization';
import { APP_PACKAGE, readJson } from './fixture';

const manifest = readJson(path.join(APP_PACKAGE, 'manifest.json'));
const localizationSchema = loadSchema(localizationSchemaUrl(manifest.$schema));
const files = manifest.localizationInfo.additionalLanguages as { languageTag: string; file: string }[];

describe('language files', () => {
  it('are English by default, with French beside it', () => {
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('en-us');
    expect(files).toEqual([{ languageTag: 'fr-fr', file: 'fr-fr.json' }]);
  });

  it('finds the localizable strings by the schema: names, descriptions, tab names, bot commands', () => {
    const keys = [...localizableStrings(manifest, localizationSchema).keys()];
    expect(keys).toEqual(
      expect.arrayContaining(['name.short', 'name.full', 'description.short', 'description.full', 'staticTabs[0].name', 'staticTabs[1].name']),
    );
    // Two command lists (personal and team scopes) of eight commands, each with a title and a description.
    expect(keys.filter((k) => k.startsWith('bots[0].commandLists'))).toHaveLength(2 * 8 * 2);
    expect(keys).not.toContain('staticTabs[0].contentUrl');
  });

  it.each(files.map((f) => f.file))('%s covers every localizable string and nothing else', (file) => {
    const translations = readJson(path.join(APP_PACKAGE, file));
    expect(translations.$schema).toBe(localizationSchemaUrl(manifest.$schema));
    expect(checkTranslations(file, translations, manifest, localizationSchema)).toEqual([]);
  });

  it('translates every name and description (command titles stay the words the bot parses)', () => {
    const french = readJson(path.join(APP_PACKAGE, 'fr-fr.json'));
    for (const [key, english] of localizableStrings(manifest, localizationSchema)) {
      if (key.endsWith('.title')) expect(french[key]).toBe(english);
      else expect(french[key]).not.toBe(english);
    }
  });
});
