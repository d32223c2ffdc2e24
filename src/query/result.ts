// What every query returns: plain tables (and a few lines of text), rendered by src/cli/format.ts as a
// table, JSON or CSV. The JSON shape is documented in README.md (## Querying) and must stay stable.

/** One value in a table: strings, numbers, booleans, null, or a list of strings (aliases, accusers…). */
export type Cell = string | number | boolean | null | string[];

export interface Table {
  /** a heading for the table ("holds_role", "evidence 1 of 2"…); absent when there is one obvious table */
  title?: string;
  columns: string[];
  rows: Cell[][];
}

export interface QueryResult {
  /** the command that ran: "show", "match", … */
  command: string;
  tables: Table[];
  /** lines of prose: help text, "no path between …", "12 more rows (use --limit)" */
  text: string[];
}

export const result = (command: string, tables: Table[], text: string[] = []): QueryResult => ({ command, tables, text });
