// Environment files read as the toolkit reads them, and placeholders filled from them.

import fs from 'node:fs';
import path from 'node:path';
import { loadEnvironment, parseEnvFile } from '../../src/app-package/env-files';
import { fillPlaceholders, jsonEscaped, placeholdersIn } from '../../src/app-package/placeholders';
import { removeTempDirs, tempDir } from './fixture';

afterAll(removeTempDirs);

describe('parseEnvFile', () => {
  it('reads plain, quoted and commented values', () => {
    const text = [
      '# a comment',
      'TEAMSFX_ENV=dev',
      'APP_NAME_SUFFIX=" (dev)"',
      "QUOTED='a # not a comment'",
      'TRAILING=value # a comment',
      'EMPTY=',
      'export EXPORTED=yes',
      '',
    ].join('\n');
    expect(parseEnvFile(text)).toEqual({
      TEAMSFX_ENV: 'dev',
      APP_NAME_SUFFIX: ' (dev)',
      QUOTED: 'a # not a comment',
      TRAILING: 'value',
      EMPTY: '',
      EXPORTED: 'yes',
    });
  });
});

describe('loadEnvironment', () => {
  it('lays the .user file over the environment file', () => {
    const dir = tempDir('env');
    fs.writeFileSync(path.join(dir, '.env.dev'), 'A=1\nB=\n');
    fs.writeFileSync(path.join(dir, '.env.dev.user'), 'B=2\nSECRET_X=s\n');
    expect(loadEnvironment(dir, 'dev')).toMatchObject({
      values: { A: '1', B: '2', SECRET_X: 's' },
      files: [path.join(dir, '.env.dev'), path.join(dir, '.env.dev.user')],
    });
  });

  it('refuses names that would read another file', () => {
    expect(() => loadEnvironment(tempDir('env'), '../dev')).toThrow('is not an environment name');
  });
});

describe('placeholders', () => {
  it('lists each placeholder once', () => {
    expect(placeholdersIn('${{A}} ${{ B }} ${{A}}')).toEqual(['A', 'B']);
  });

  it('fills what has a value and reports the rest, keeping allowed empties', () => {
    expect(fillPlaceholders('${{A}}-${{B}}-${{C}}-${{S}}', { A: 'a', B: '', S: '' }, new Set(['S']))).toEqual({
      text: 'a-${{B}}-${{C}}-',
      missing: ['B', 'C'],
    });
  });

  it('escapes values for JSON text', () => {
    const { text } = fillPlaceholders('{"name":"${{N}}"}', jsonEscaped({ N: 'say "hi"\\' }));
    expect(JSON.parse(text)).toEqual({ name: 'say "hi"\\' });
  });
});
