// The syntax tree of a MATCH query.

export type Literal = string | number | boolean | null | Literal[];

export interface NodePattern {
  variable?: string;
  /** the node label, i.e. the entity type ("Person") */
  label?: string;
  props: [string, Literal][];
  /** 1-based column, for errors */
  column: number;
}

export interface RelPattern {
  variable?: string;
  /** relationship types, i.e. predicates; empty means any */
  types: string[];
  /** out: (left)-[]->(right); in: (left)<-[]-(right); both: (left)-[]-(right) */
  direction: 'out' | 'in' | 'both';
  props: [string, Literal][];
  column: number;
}

export interface Pattern {
  nodes: NodePattern[];
  /** rels[i] joins nodes[i] and nodes[i + 1] */
  rels: RelPattern[];
}

export type Expr =
  | { kind: 'literal'; value: Literal }
  | { kind: 'list'; items: Expr[] }
  | { kind: 'variable'; name: string; column: number }
  | { kind: 'property'; variable: string; property: string; column: number }
  | { kind: 'call'; name: string; args: Expr[]; star: boolean; distinct: boolean; column: number }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr }
  | { kind: 'not'; expr: Expr }
  | { kind: 'isNull'; expr: Expr; negated: boolean };

export type BinaryOp = 'AND' | 'OR' | 'XOR' | '=' | '<>' | '<' | '>' | '<=' | '>=' | '=~' | 'CONTAINS' | 'STARTS WITH' | 'ENDS WITH' | 'IN';

export interface ReturnItem {
  expr: Expr;
  /** the alias, or the expression as written: the column's name */
  name: string;
  /** the expression as written */
  text: string;
}

export interface SortItem {
  expr: Expr;
  /** the expression as written, to match a RETURN column or alias */
  text: string;
  descending: boolean;
}

export interface MatchQuery {
  pattern: Pattern;
  where?: Expr;
  distinct: boolean;
  items: ReturnItem[];
  orderBy: SortItem[];
  skip?: number;
  limit?: number;
}
