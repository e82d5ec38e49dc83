// Counts the type casts in src/ with the TypeScript compiler API, so that issue 13's goal
// ("no `as never`, half the `as` casts, `!` only where commented") can be measured and kept:
// tests/unit/casts.spec.ts runs countCasts() and fails when a figure rises.
//
// Counted per folder of src/: `as` casts and `<T>x` assertions (`as const` is a literal
// annotation, not a cast, and is left out), the `as never` among them, `as unknown as`
// double casts, and non-null assertions `x!` (with how many carry no comment on their line
// or the line above).
//
// Usage: node scripts/count-casts.mjs [--json] [--list] [--dir <folder>]   (default: src/)

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir) {
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

/** The folder a file is reported under: src/<first folder>, or src for files at the top. */
function folderOf(file, srcDir) {
  const base = relative(root, srcDir).split(sep).join('/') || '.';
  const parts = relative(srcDir, file).split(sep);
  return parts.length > 1 ? `${base}/${parts[0]}` : base;
}

function isAsConst(node) {
  return ts.isTypeReferenceNode(node.type) && node.type.typeName.getText() === 'const';
}

/** True when the line of the node, or the line above it, holds a comment. */
function hasCommentNear(sourceFile, text, node) {
  const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line;
  const lines = text.split('\n');
  return [lines[line], lines[line - 1]].some((l) => l !== undefined && /\/\/|\/\*/.test(l));
}

/** Counts the casts of one file; `found` collects a line per cast when listing. */
function countFile(file, found) {
  const text = readFileSync(file, 'utf8');
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const counts = { as: 0, asNever: 0, asUnknownAs: 0, nonNull: 0, nonNullUncommented: 0 };
  const note = (node, what) => {
    const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
    found.push(`${relative(root, file)}:${line}  ${what}  ${node.getText(sourceFile).split('\n')[0].slice(0, 100)}`);
  };
  const visit = (node) => {
    if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && !isAsConst(node)) {
      counts.as += 1;
      const isNever = node.type.kind === ts.SyntaxKind.NeverKeyword;
      if (isNever) counts.asNever += 1;
      const inner = ts.isParenthesizedExpression(node.expression) ? node.expression.expression : node.expression;
      const doubled = (ts.isAsExpression(inner) || ts.isTypeAssertionExpression(inner)) && inner.type.kind === ts.SyntaxKind.UnknownKeyword;
      if (doubled) counts.asUnknownAs += 1;
      note(node, isNever ? 'as never' : 'as');
    } else if (ts.isNonNullExpression(node)) {
      counts.nonNull += 1;
      const commented = hasCommentNear(sourceFile, text, node);
      if (!commented) counts.nonNullUncommented += 1;
      note(node, commented ? '! (commented)' : '!');
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return counts;
}

/** The counts over src/, in total and by folder; `list` holds one line per cast. */
export function countCasts(srcDir = join(root, 'src')) {
  const total = { as: 0, asNever: 0, asUnknownAs: 0, nonNull: 0, nonNullUncommented: 0 };
  const byFolder = {};
  const list = [];
  for (const file of sourceFiles(srcDir)) {
    const counts = countFile(file, list);
    const folder = (byFolder[folderOf(file, srcDir)] ??= { as: 0, asNever: 0, asUnknownAs: 0, nonNull: 0, nonNullUncommented: 0 });
    for (const key of Object.keys(total)) {
      total[key] += counts[key];
      folder[key] += counts[key];
    }
  }
  return { total, byFolder, list };
}

function printTable({ total, byFolder }) {
  const rows = Object.entries(byFolder).sort(([a], [b]) => a.localeCompare(b));
  const header = ['folder', 'as', 'as never', 'as unknown as', '!', '! uncommented'];
  const lines = [...rows, ['total', total]].map(([folder, c]) => [folder, c.as, c.asNever, c.asUnknownAs, c.nonNull, c.nonNullUncommented]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)));
  const format = (cells) => cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  console.log(format(header));
  for (const line of lines) console.log(format(line));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dirAt = process.argv.indexOf('--dir');
  const result = countCasts(dirAt > 0 && process.argv[dirAt + 1] ? resolve(process.argv[dirAt + 1]) : undefined);
  if (process.argv.includes('--json')) console.log(JSON.stringify({ total: result.total, byFolder: result.byFolder }, null, 2));
  else printTable(result);
  if (process.argv.includes('--list')) for (const line of result.list) console.log(line);
}
