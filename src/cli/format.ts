// Rendering a QueryResult: aligned text tables for people, JSON and CSV for programs. The JSON shape is
// documented in README.md (## Querying) and kept stable:
//   {"command": "show", "tables": [{"title": "…" | null, "columns": […], "rows": [{column: value, …}]}], "text": […]}
import { UserError } from '../errors.js';
import type { Cell, QueryResult, Table } from '../query/index.js';

export const FORMATS = ['table', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(value: string | undefined): Format {
  if (value === undefined) return 'table';
  if ((FORMATS as readonly string[]).includes(value)) return value as Format;
  throw new UserError(`--format must be one of ${FORMATS.join(', ')}, got "${value}"`, 2);
}

export function formatResult(result: QueryResult, format: Format, width = 160): string {
  switch (format) {
    case 'json':
      return formatJson(result);
    case 'csv':
      return formatCsv(result);
    case 'table':
      return formatText(result, width);
  }
}

export function formatJson(result: QueryResult): string {
  return JSON.stringify({
    command: result.command,
    tables: result.tables.map((t) => ({
      title: t.title ?? null,
      columns: t.columns,
      rows: t.rows.map((row) => Object.fromEntries(t.columns.map((c, i) => [c, row[i] ?? null]))),
    })),
    text: result.text,
  });
}

const csvField = (cell: Cell): string => {
  const s = cell === null ? '' : Array.isArray(cell) ? cell.join('; ') : String(cell);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** RFC 4180; lists are joined with "; ". Several tables: each after a "# title" line, a blank line between. */
export function formatCsv(result: QueryResult): string {
  const many = result.tables.length > 1;
  return result.tables
    .map((t) =>
      [...(many ? [`# ${t.title ?? ''}`] : []), t.columns.map(csvField).join(','), ...t.rows.map((r) => r.map(csvField).join(','))]
        .map((line) => line + '\r\n')
        .join(''),
    )
    .join('\r\n');
}

/** A cell as text; a list puts each item on its own line. */
const cellText = (cell: Cell): string =>
  cell === null ? '' : Array.isArray(cell) ? cell.map((c) => c.replace(/\s+/g, ' ')).join('\n') : typeof cell === 'string' ? cell.replace(/\s+/g, ' ') : String(cell);

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

export function formatTable(t: Table, maxWidth = 160): string {
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
  const rule = '+' + widths.map((w) => '-'.repeat(w + 2)).join('+') + '+';
  const line = (values: string[]) => {
    const wrapped = values.map((v, i) => wrap(v, widths[i]!));
    const height = Math.max(...wrapped.map((w) => w.length));
    const out: string[] = [];
    for (let k = 0; k < height; k++) out.push('| ' + wrapped.map((w, i) => (w[k] ?? '').padEnd(widths[i]!)).join(' | ') + ' |');
    return out;
  };
  const lines = [...(t.title ? [t.title] : []), rule, ...line(t.columns), rule, ...cells.flatMap(line), rule];
  lines.push(`${t.rows.length} row${t.rows.length === 1 ? '' : 's'}`);
  return lines.join('\n');
}

export function formatText(result: QueryResult, width = 160): string {
  return [...result.tables.map((t) => formatTable(t, width)), ...result.text].join('\n\n') + '\n';
}
