// Errors of the query engine. They are UserErrors (one line, exit code 1) so both front ends can print them
// as they are; an ambiguous name also carries its candidates so the shell can offer a picker.
import { UserError } from '../errors.js';

export class QueryError extends UserError {
  constructor(message: string) {
    super(message, 1);
    this.name = 'QueryError';
  }
}

export interface EntityCandidate {
  key: string;
  label: string;
  type: string;
  /** the alias or label that matched */
  matched: string;
  mentions: number;
}

/** A name that matches several entities ("Smith"); `choices` in QueryOptions settles it. */
export class AmbiguousEntityError extends QueryError {
  constructor(
    readonly text: string,
    readonly candidates: EntityCandidate[],
    /** the graph file searched, when known */
    readonly graphName?: string,
  ) {
    super(
      `"${text}" matches ${candidates.length} entities${graphName ? ` in ${graphName}` : ''}: ${candidates
        .slice(0, 6)
        .map((c) => `${c.label} (${c.key})`)
        .join(', ')}${candidates.length > 6 ? ', …' : ''}; use the key or a fuller name`,
    );
    this.name = 'AmbiguousEntityError';
  }
}

export class UnknownEntityError extends QueryError {
  constructor(
    readonly text: string,
    readonly suggestions: string[],
    /** the graph file searched, when known: a name missing from the wrong graph should say which graph */
    readonly graphName?: string,
  ) {
    super(
      `no entity named "${text}"${graphName ? ` in ${graphName}` : ''}` +
        (suggestions.length ? `: did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : ": try 'find TEXT'"),
    );
    this.name = 'UnknownEntityError';
  }
}

/** A malformed MATCH: names the 1-based column of the input line and what was expected there. */
export class QuerySyntaxError extends QueryError {
  constructor(
    readonly column: number,
    readonly expected: string,
    readonly found: string,
  ) {
    super(`syntax error at column ${column}: expected ${expected}, found ${found}`);
    this.name = 'QuerySyntaxError';
  }
}
