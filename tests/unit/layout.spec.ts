// The shipped code stands on its own: nothing under src/ reaches into the tests or the
// benchmarks (they import src, never the other way), and there is no src/bench. A plain
// structural check of import specifiers, read with TypeScript's own pre-processor so that
// static imports, re-exports, dynamic import() and require() are all seen.

import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.join(__dirname, '..', '..');
const SRC = path.join(ROOT, 'src');
const OFF_LIMITS = ['tests', 'bench'].map((dir) => path.join(ROOT, dir));
const SOURCE_FILE = /\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return SOURCE_FILE.test(entry.name) ? [full] : [];
  });
}

/** Every module specifier the file names: import/export … from, import(), require(), /// <reference path>. */
function importSpecifiers(text: string): string[] {
  const info = ts.preProcessFile(text, true, true);
  return [...info.importedFiles, ...info.referencedFiles].map((ref) => ref.fileName);
}

/** Where a specifier leads, if it names a file of this project by path (packages are not). */
function resolvedPath(file: string, specifier: string): string | null {
  if (specifier.startsWith('.')) return path.resolve(path.dirname(file), specifier);
  if (path.isAbsolute(specifier)) return path.resolve(specifier);
  return null;
}

const inside = (dir: string, target: string) => {
  const relative = path.relative(dir, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/** "src/x.ts imports ../tests/y" for each import of `file` that leads under tests/ or bench/. */
function offLimitsImports(file: string): string[] {
  return importSpecifiers(fs.readFileSync(file, 'utf8'))
    .filter((specifier) => {
      const target = resolvedPath(file, specifier);
      return target !== null && OFF_LIMITS.some((dir) => inside(dir, target));
    })
    .map((specifier) => `${path.relative(ROOT, file)} imports ${specifier}`);
}

describe('the layout of the shipped code', () => {
  it('reads every kind of import specifier (the check below relies on it)', () => {
    const text = [
      "import a from '../../tests/fakes/graph';",
      "export { b } from '../bench/run';",
      "const c = require('../../tests/support/tls');",
      "void import('../../bench/tab-start-up');",
      "import type { D } from 'zod';",
    ].join('\n');
    expect(importSpecifiers(text)).toEqual(['../../tests/fakes/graph', '../bench/run', '../../tests/support/tls', '../../bench/tab-start-up', 'zod']);
  });

  it('has no file under src/ that imports from tests/ or bench/', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap(offLimitsImports)).toEqual([]);
  });

  it('has no src/bench: the benchmarks live in bench/, outside what ships', () => {
    expect(fs.existsSync(path.join(SRC, 'bench'))).toBe(false);
    expect(fs.existsSync(path.join(ROOT, 'bench', 'run.ts'))).toBe(true);
  });

  it('builds no benchmark page into the tab, which the app serves', () => {
    const viteConfig = fs.readFileSync(path.join(SRC, 'tab', 'vite.config.ts'), 'utf8');
    expect(/\binput: \{([^}]*)\}/.exec(viteConfig)?.[1]?.trim()).toBe("main: here('index.html')");
    expect(fs.existsSync(path.join(SRC, 'tab', 'bench'))).toBe(false);
  });
});

/** Names of the types and interfaces a file declares (exported or not). */
function declaredTypeNames(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  return source.statements.flatMap((s) => (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s) ? [s.name.text] : []));
}

/** Names of the types src/contract exports: declared there or re-exported (export type { … }). */
function contractTypeNames(): Set<string> {
  const names = new Set<string>();
  for (const file of sourceFiles(path.join(SRC, 'contract'))) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
    for (const s of source.statements) {
      const exported = ts.canHaveModifiers(s) && ts.getModifiers(s)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if ((ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && exported) names.add(s.name.text);
      if (ts.isExportDeclaration(s) && s.exportClause && ts.isNamedExports(s.exportClause)) {
        for (const e of s.exportClause.elements) if (s.isTypeOnly || e.isTypeOnly) names.add(e.name.text);
      }
    }
  }
  return names;
}

describe('the API contract (src/contract)', () => {
  it('is the one declaration of the API shapes: the tab declares none of its own', () => {
    const contract = contractTypeNames();
    expect([...contract]).toEqual(expect.arrayContaining(['Me', 'Dashboard', 'PlanSummary', 'TargetSummary', 'TargetSummaryPage', 'PlanTree', 'Person']));
    const tab = sourceFiles(path.join(SRC, 'tab'));
    const redeclared = tab.flatMap((file) =>
      declaredTypeNames(file)
        .filter((name) => contract.has(name))
        .map((name) => `${path.relative(ROOT, file)} declares ${name}`),
    );
    expect(redeclared).toEqual([]);
    expect(tab.filter((file) => /-types\.tsx?$/.test(file))).toEqual([]);
  });
});
