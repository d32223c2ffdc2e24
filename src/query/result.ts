// What every query returns: plain tables (and a few lines of text), rendered by src/cli/format.ts as a
// table, JSON or CSV. The JSON shape is documented in README.md (## Querying) and must stay stable.

/** A node named by its key: tables and CSV show its label, JSON gives its key. */
export interface NodeRef {
  key: string;
  label: string;
}

/** One value in a table: strings, numbers, booleans, null, a list of strings (aliases…), or node references. */
export type Cell = string | number | boolean | null | string[] | NodeRef | NodeRef[];

export interface Table {
  /** a heading for the table ("holds_role", "evidence 1 of 2"…); absent when there is one obvious table */
  title?: string;
  columns: string[];
  rows: Cell[][];
  /** columns of keys, for programs more than people (edge keys): in JSON and CSV, in text tables only on request */
  keyColumns?: string[];
}

export interface QueryResult {
  /** the command that ran: "show", "match", … */
  command: string;
  tables: Table[];
  /** lines of prose: help text, "no path between …", "12 more rows (use --limit)" */
  text: string[];
}

export const result = (command: string, tables: Table[], text: string[] = []): QueryResult => ({ command, tables, text });
