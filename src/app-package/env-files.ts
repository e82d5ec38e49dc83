// A toolkit environment as the Microsoft 365 Agents Toolkit reads it: env/.env.<name>, then
// env/.env.<name>.user (git-ignored, where SECRET_* values live) on top. Nothing else is read,
// so a package built here is the package the toolkit would build from the same files.

import fs from 'node:fs';
import path from 'node:path';

export interface Environment {
  name: string;
  values: Record<string, string>;
  /** The files read, in order, for messages. */
  files: string[];
}

const LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)?$/;

/** Parses dotenv text: KEY=value, "double" (with \n) or 'single' quoted values, # comments. */
export function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*(#|$)/.test(line)) continue;
    const match = LINE.exec(line);
    if (!match) continue;
    const raw = (match[2] ?? '').trim();
    const quote = raw[0];
    let value: string;
    if ((quote === '"' || quote === "'") && raw.indexOf(quote, 1) > 0) {
      value = raw.slice(1, raw.indexOf(quote, 1));
      if (quote === '"') value = value.replace(/\\n/g, '\n');
    } else {
      // An unquoted value ends at a comment that follows whitespace.
      value = raw.replace(/\s+#.*$/, '').trim();
    }
    values[match[1]!] = value; // group 1 (the name) is not optional in the pattern
  }
  return values;
}

export function loadEnvironment(envDir: string, name: string): Environment {
  if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new Error(`"${name}" is not an environment name (letters, digits, - and _)`);
  const main = path.join(envDir, `.env.${name}`);
  if (!fs.existsSync(main)) {
    const known = fs.existsSync(envDir)
      ? fs
          .readdirSync(envDir)
          .filter((f) => /^\.env\.[A-Za-z0-9_-]+$/.test(f))
          .map((f) => f.slice(5))
      : [];
    throw new Error(`no environment "${name}": ${main} does not exist (environments: ${known.join(', ') || 'none'})`);
  }
  const files = [main];
  const user = `${main}.user`;
  if (fs.existsSync(user)) files.push(user);
  const values = Object.assign({}, ...files.map((f) => parseEnvFile(fs.readFileSync(f, 'utf8')))) as Record<string, string>;
  return { name, values, files };
}
