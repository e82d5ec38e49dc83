// The $filter language SharePoint list items accept through Graph: `fields/X op value` joined by
// and/or with parentheses, eq ne lt gt le ge and startswith(fields/X,'v'). Parsed to a predicate
// plus the columns it touches, so that the caller can apply the indexed-column rule.

import { resolveField } from './fields';
import type { FakeColumn, FakeItem, FakeList, StoredValue } from './state';

type Literal = { kind: 'string'; value: string } | { kind: 'number'; value: number } | { kind: 'boolean'; value: boolean } | { kind: 'null' };
type Node =
  | { type: 'and' | 'or'; left: Node; right: Node }
  | { type: 'cmp'; op: string; column: FakeColumn; value: Literal }
  | { type: 'startswith'; column: FakeColumn; value: string };
type Token = { kind: '(' | ')' | ',' } | { kind: 'string' | 'word'; value: string };

export class FilterError extends Error {}

export interface CompiledFilter {
  test(item: FakeItem): boolean;
  columns: FakeColumn[];
}

const OPERATORS = ['eq', 'ne', 'lt', 'gt', 'le', 'ge'];

/** Throws FilterError with Graph's message for syntax errors and unknown fields. */
export function compileFilter(list: FakeList, text: string): CompiledFilter {
  const tokens = tokenize(text);
  const columns: FakeColumn[] = [];
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => {
    const token = tokens[pos++];
    if (!token) throw new FilterError(`Invalid filter clause: unexpected end of '${text}'.`);
    return token;
  };
  const expect = (kind: '(' | ')' | ',') => {
    if (next().kind !== kind) throw new FilterError(`Invalid filter clause: '${kind}' expected in '${text}'.`);
  };
  const field = (): FakeColumn => {
    const token = next();
    const name = token.kind === 'word' ? /^fields\/(.+)$/.exec(token.value)?.[1] : undefined;
    if (!name)
      throw new FilterError(`Could not find a property named '${token.kind === 'word' ? token.value : token.kind}' on type 'microsoft.graph.listItem'.`);
    const column = resolveField(list, name) ?? (name === 'id' ? resolveField(list, 'ID') : undefined);
    if (!column) throw new FilterError(`Field '${name}' is not recognized`);
    columns.push(column);
    return column;
  };
  const primary = (): Node => {
    const token = peek();
    if (token?.kind === '(') {
      pos += 1;
      const inner = or();
      expect(')');
      return inner;
    }
    if (token?.kind === 'word' && token.value.toLowerCase() === 'startswith') {
      pos += 1;
      expect('(');
      const column = field();
      expect(',');
      const value = next();
      if (value.kind !== 'string') throw new FilterError('Invalid filter clause: startswith expects a string.');
      expect(')');
      return { type: 'startswith', column, value: value.value };
    }
    const column = field();
    const op = next();
    if (op.kind !== 'word' || !OPERATORS.includes(op.value.toLowerCase()))
      throw new FilterError(`Invalid filter clause: operator expected after 'fields/${column.name}'.`);
    return { type: 'cmp', op: op.value.toLowerCase(), column, value: literal(next()) };
  };
  const and = (): Node => {
    let left = primary();
    while (isWord(peek(), 'and')) {
      pos += 1;
      left = { type: 'and', left, right: primary() };
    }
    return left;
  };
  const or = (): Node => {
    let left = and();
    while (isWord(peek(), 'or')) {
      pos += 1;
      left = { type: 'or', left, right: and() };
    }
    return left;
  };
  const root = or();
  if (pos !== tokens.length) throw new FilterError(`Invalid filter clause: unexpected '${describe(tokens[pos])}'.`);
  return { test: (item) => evaluate(root, item), columns };
}

/** $orderby names columns too, and the indexed rule applies to them; the order itself is not applied. */
export function orderByColumns(list: FakeList, text: string): FakeColumn[] {
  return text.split(',').map((part) => {
    const name = /^\s*fields\/([^\s]+)(\s+(asc|desc))?\s*$/i.exec(part)?.[1];
    const column = name ? resolveField(list, name) : undefined;
    if (!column) throw new FilterError(`Invalid $orderby clause '${part.trim()}'.`);
    return column;
  });
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (/\s/.test(ch)) i += 1;
    else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ kind: ch });
      i += 1;
    } else if (ch === "'") {
      let value = '';
      i += 1;
      for (;;) {
        if (i >= text.length) throw new FilterError('Invalid filter clause: unterminated string literal.');
        if (text[i] === "'" && text[i + 1] === "'") {
          value += "'"; // OData escapes a quote by doubling it
          i += 2;
        } else if (text[i] === "'") break;
        else value += text[i++];
      }
      i += 1;
      tokens.push({ kind: 'string', value });
    } else {
      const word = /^[^\s(),']+/.exec(text.slice(i))?.[0] ?? ch;
      tokens.push({ kind: 'word', value: word });
      i += word.length;
    }
  }
  return tokens;
}

function literal(token: Token): Literal {
  if (token.kind === 'string') return { kind: 'string', value: token.value };
  if (token.kind === 'word') {
    const v = token.value;
    if (v === 'true' || v === 'false') return { kind: 'boolean', value: v === 'true' };
    if (v === 'null') return { kind: 'null' };
    if (/^-?\d+(\.\d+)?$/.test(v)) return { kind: 'number', value: Number(v) };
    // An unquoted DateTimeOffset literal such as 2024-05-01T00:00:00Z.
    if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(v)) return { kind: 'string', value: v };
  }
  throw new FilterError(`Invalid filter clause: '${describe(token)}' is not a literal.`);
}

function isWord(token: Token | undefined, word: string): boolean {
  return token?.kind === 'word' && token.value.toLowerCase() === word;
}

function describe(token: Token | undefined): string {
  if (!token) return 'end';
  return 'value' in token ? token.value : token.kind;
}

function evaluate(node: Node, item: FakeItem): boolean {
  switch (node.type) {
    case 'and':
      return evaluate(node.left, item) && evaluate(node.right, item);
    case 'or':
      return evaluate(node.left, item) || evaluate(node.right, item);
    case 'startswith': {
      const value = valueOf(node.column, item);
      return typeof value === 'string' && value.toLowerCase().startsWith(node.value.toLowerCase());
    }
    default:
      return compare(node.column, valueOf(node.column, item), node.op, node.value);
  }
}

function valueOf(column: FakeColumn, item: FakeItem): StoredValue | undefined {
  if (column.builtIn && column.name === 'ID') return item.id;
  if (column.builtIn && column.name === 'Created') return item.createdDateTime;
  if (column.builtIn && column.name === 'Modified') return item.lastModifiedDateTime;
  return item.values[column.name];
}

function compare(column: FakeColumn, stored: StoredValue | undefined, op: string, lit: Literal): boolean {
  if (lit.kind === 'null' || stored === undefined) {
    const bothNull = lit.kind === 'null' && stored === undefined;
    return op === 'eq' ? bothNull : op === 'ne' ? !bothNull : false;
  }
  if (Array.isArray(stored)) return stored.some((one) => compare(column, one, op, lit));
  const [a, b] = operands(column, stored, lit);
  if (a === undefined || b === undefined) return op === 'ne';
  switch (op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    case 'lt':
      return a < b;
    case 'gt':
      return a > b;
    case 'le':
      return a <= b;
    default:
      return a >= b;
  }
}

/** Both sides as comparable primitives; text compares case-insensitively, as SharePoint does. */
function operands(
  column: FakeColumn,
  stored: StoredValue,
  lit: Exclude<Literal, { kind: 'null' }>,
): [string | number | undefined, string | number | undefined] {
  const raw = lit.value;
  switch (column.facet) {
    case 'number':
    case 'lookup':
    case 'personOrGroup':
      return [Number(stored), typeof raw === 'boolean' || Number.isNaN(Number(raw)) ? undefined : Number(raw)];
    case 'boolean':
      return [stored === true ? 1 : 0, raw === true || raw === 1 ? 1 : raw === false || raw === 0 ? 0 : undefined];
    case 'dateTime': {
      const b = typeof raw === 'string' ? Date.parse(/T/.test(raw) ? raw : `${raw}T00:00:00Z`) : NaN;
      return [Date.parse(String(stored)), Number.isNaN(b) ? undefined : b];
    }
    default:
      return [String(stored).toLowerCase(), String(raw).toLowerCase()];
  }
}
