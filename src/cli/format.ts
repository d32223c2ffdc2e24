// Rendering a QueryResult: aligned text tables for people, JSON and CSV for programs. The JSON shape is
// documented in README.md (## Querying) and kept stable:
//   {"command": "show", "tables": [{"title": "…" | null, "columns": […], "rows": [{column: value, …}]}], "text": […]}
import { maxOf } from '../arrays.js';
import { UserError } from '../errors.js';
import type { Cell, NodeRef, QueryResult, Table } from '../query/index.js';

export const FORMATS = ['table', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(value: string | undefined): Format {
  if (value === undefined) return 'table';
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new UserError(`--format must be one of ${FORMATS.join(', ')}, got "${value}"`, 2);
}

export interface TableOptions {
  /** wrap long cells to fit this many columns; Infinity (the default) never wraps, so a pipe gets whole rows */
  width?: number;
  /** show key columns (edge keys), which text tables otherwise leave to --format json and csv */
  keys?: boolean;
}

/**
 * How wide text tables may be on `stream`: COLUMNS when it is set (as ls and others honour it), else the
 * terminal's width, else no limit (a pipe or a file: `| grep` sees whole rows).
 */
export function outputWidth(stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv = process.env): number {
  const columns = Number(env.COLUMNS);
  if (env.COLUMNS && Number.isInteger(columns) && columns > 0) return columns;
  if (stream.isTTY && stream.columns) return stream.columns;
  return Infinity;
}

export function formatResult(result: QueryResult, format: Format, options: TableOptions = {}): string {
  switch (format) {
    case 'json':
      return formatJson(result);
    case 'csv':
      return formatCsv(result);
    case 'table':
      return formatText(result, options);
  }
}

const isNodeRef = (c: unknown): c is NodeRef => typeof c === 'object' && c !== null && !Array.isArray(c);

/** A cell as programs get it: node references as their keys. */
const jsonCell = (cell: Cell): string | number | boolean | null | string[] =>
  isNodeRef(cell) ? cell.key : Array.isArray(cell) ? cell.map((c) => (isNodeRef(c) ? c.key : c)) : cell;

/** A cell as people read it: node references as their labels. */
const readCell = (cell: Cell): string | number | boolean | null | string[] =>
  isNodeRef(cell) ? cell.label : Array.isArray(cell) ? cell.map((c) => (isNodeRef(c) ? c.label : c)) : cell;

export function formatJson(result: QueryResult): string {
  return JSON.stringify({
    command: result.command,
    tables: result.tables.map((t) => ({
      title: t.title ?? null,
      columns: t.columns,
      rows: t.rows.map((row) => Object.fromEntries(t.columns.map((c, i) => [c, jsonCell(row[i] ?? null)]))),
    })),
    text: result.text,
  });
}

const csvField = (value: Cell): string => {
  const cell = readCell(value);
  const s = cell === null ? '' : Array.isArray(cell) ? cell.join('; ') : String(cell);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** RFC 4180; lists are joined with "; ". Several tables: each after a "# title" line, a blank line between. */
export function formatCsv(result: QueryResult): string {
  const many = result.tables.length > 1;
  return result.tables
    .map((t) =>
      [...(many ? [`# ${t.title ?? ''}`] : []), t.columns.map(csvField).join(','), ...t.rows.map((r) => r.map(csvField).join(','))]
        .map((line) => `${line}\r\n`)
        .join(''),
    )
    .join('\r\n');
}

/** A cell as text; a list puts each item on its own line. */
const cellText = (value: Cell): string => {
  const cell = readCell(value);
  return cell === null
    ? ''
    : Array.isArray(cell)
      ? cell.map((c) => c.replace(/\s+/g, ' ')).join('\n')
      : typeof cell === 'string'
        ? cell.replace(/\s+/g, ' ')
        : String(cell);
};

const longestLine = (text: string) => text.split('\n').reduce((w, l) => Math.max(w, l.length), 0);

/** Splits text into lines of at most `width` characters, at its line breaks and at spaces where it can. */
function wrap(text: string, width: number): string[] {
  if (text.includes('\n')) return text.split('\n').flatMap((line) => wrap(line, width));
  if (text.length <= width) return [text];
  const lines: string[] = [];
  let rest = text;
  while (rest.length > width) {
    let cut = rest.lastIndexOf(' ', width);
    if (cut <= width / 3) cut = width;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) lines.push(rest);
  return lines;
}

export function formatTable(table: Table, options: TableOptions = {}): string {
  const maxWidth = options.width ?? Infinity;
  const t = options.keys || !table.keyColumns?.length ? table : withoutColumns(table, table.keyColumns);
  const cells = t.rows.map((r) => t.columns.map((_, i) => cellText(r[i] ?? null)));
  // (a loop, not Math.max(...): a result may have more rows than a call has room for arguments)
  const widths = t.columns.map((c, i) => cells.reduce((w, r) => Math.max(w, longestLine(r[i]!)), c.length));
  // shrink the widest columns until the table fits the terminal (3 characters of border per column)
  const budget = Math.max(maxWidth - 1 - 3 * widths.length, 10 * widths.length);
  // prose (cells with spaces) wraps first, keys and ids only when that is not enough
  const prose = t.columns.map((_, i) => cells.some((r) => r[i]!.includes(' ')));
  while (widths.reduce((s, w) => s + w, 0) > budget) {
    const pick = (allowed: (i: number) => boolean, floor: number) =>
      widths.reduce((best, w, i) => (allowed(i) && w > floor && (best < 0 || w > widths[best]!) ? i : best), -1);
    let widest = pick((i) => prose[i]!, 24);
    if (widest < 0) widest = pick(() => true, 10);
    if (widest < 0) break;
    widths[widest]!--;
  }
  const rule = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
  const line = (values: string[]) => {
    const wrapped = values.map((v, i) => wrap(v, widths[i]!));
    const height = maxOf(
      wrapped.map((w) => w.length),
      0,
    );
    const out: string[] = [];
    for (let k = 0; k < height; k++) out.push(`| ${wrapped.map((w, i) => (w[k] ?? '').padEnd(widths[i]!)).join(' | ')} |`);
    return out;
  };
  const lines = [...(t.title ? [t.title] : []), rule, ...line(t.columns), rule, ...cells.flatMap(line), rule];
  lines.push(`${t.rows.length} row${t.rows.length === 1 ? '' : 's'}`);
  return lines.join('\n');
}

export function formatText(result: QueryResult, options: TableOptions = {}): string {
  return `${[...result.tables.map((t) => formatTable(t, options)), ...result.text].join('\n\n')}\n`;
}

function withoutColumns(t: Table, drop: string[]): Table {
  const keep = t.columns.map((c, i) => (drop.includes(c) ? -1 : i)).filter((i) => i >= 0);
  return { title: t.title, columns: keep.map((i) => t.columns[i]!), rows: t.rows.map((r) => keep.map((i) => r[i] ?? null)) };
}
