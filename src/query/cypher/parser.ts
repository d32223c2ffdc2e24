// A recursive-descent parser for the MATCH subset:
//   MATCH pattern [WHERE expr] RETURN [DISTINCT] item [AS name], … [ORDER BY expr [ASC|DESC], …] [SKIP n] [LIMIT n]
// where a pattern is one to three nodes joined by one or two relationships. Errors name the column.
import { QuerySyntaxError } from '../errors.js';
import type { BinaryOp, Expr, Literal, MatchQuery, NodePattern, Pattern, RelPattern, ReturnItem, SortItem } from './ast.js';
import { describeToken, tokenize, type Token } from './lexer.js';

const MAX_HOPS = 2;
const RESERVED = new Set([
  'MATCH',
  'WHERE',
  'RETURN',
  'DISTINCT',
  'ORDER',
  'BY',
  'SKIP',
  'LIMIT',
  'AND',
  'OR',
  'XOR',
  'NOT',
  'AS',
  'ASC',
  'DESC',
  'ASCENDING',
  'DESCENDING',
  'CONTAINS',
  'STARTS',
  'ENDS',
  'WITH',
  'IN',
  'IS',
  'NULL',
  'TRUE',
  'FALSE',
]);

export function parseMatch(input: string): MatchQuery {
  return new Parser(input).query();
}

class Parser {
  private readonly tokens: Token[];
  private pos = 0;
  constructor(private readonly input: string) {
    this.tokens = tokenize(input);
  }

  private get peek(): Token {
    return this.tokens[this.pos]!;
  }
  private next(): Token {
    return this.tokens[this.pos++]!;
  }
  private fail(expected: string, at: Token = this.peek): never {
    throw new QuerySyntaxError(at.start + 1, expected, describeToken(at));
  }
  private isKeyword(word: string, t: Token = this.peek): boolean {
    return t.type === 'name' && !t.quoted && t.value.toUpperCase() === word;
  }
  private acceptKeyword(word: string): boolean {
    if (!this.isKeyword(word)) return false;
    this.pos++;
    return true;
  }
  private keyword(word: string, expected = word): void {
    if (!this.acceptKeyword(word)) this.fail(expected);
  }
  private isPunct(p: string, t: Token = this.peek): boolean {
    return t.type === 'punct' && t.value === p;
  }
  private acceptPunct(p: string): boolean {
    if (!this.isPunct(p)) return false;
    this.pos++;
    return true;
  }
  private punct(p: string, expected = `'${p}'`): Token {
    if (!this.isPunct(p)) this.fail(expected);
    return this.next();
  }
  private name(expected: string): string {
    const t = this.peek;
    if (t.type !== 'name' || (!t.quoted && RESERVED.has(t.value.toUpperCase()))) this.fail(expected);
    this.pos++;
    return t.value;
  }
  /** A property name (after '.' or as a map key): any name, keywords included (`r.by`, `{in: 1}`), as in Cypher. */
  private propertyName(expected: string): string {
    const t = this.peek;
    if (t.type !== 'name') this.fail(expected);
    this.pos++;
    return t.value;
  }

  query(): MatchQuery {
    this.keyword('MATCH');
    const pattern = this.pattern();
    let where: Expr | undefined;
    if (this.acceptKeyword('WHERE')) where = this.expr();
    if (this.isPunct(',')) this.fail('WHERE or RETURN (only one pattern is supported; join the nodes in one chain)');
    this.keyword('RETURN', pattern.rels.length < MAX_HOPS ? "a relationship '-[…]-', WHERE or RETURN" : 'WHERE or RETURN');
    const distinct = this.acceptKeyword('DISTINCT');
    const items: ReturnItem[] = [this.returnItem()];
    while (this.acceptPunct(',')) items.push(this.returnItem());
    const orderBy: SortItem[] = [];
    if (this.acceptKeyword('ORDER')) {
      this.keyword('BY');
      do {
        const start = this.peek.start;
        const expr = this.expr();
        const text = this.input.slice(start, this.tokens[this.pos - 1]!.end).trim();
        let descending = false;
        if (this.acceptKeyword('DESC') || this.acceptKeyword('DESCENDING')) descending = true;
        else if (!this.acceptKeyword('ASC')) this.acceptKeyword('ASCENDING');
        orderBy.push({ expr, text, descending });
      } while (this.acceptPunct(','));
    }
    let skip: number | undefined;
    let limit: number | undefined;
    if (this.acceptKeyword('SKIP')) skip = this.count('a number of rows to skip');
    if (this.acceptKeyword('LIMIT')) limit = this.count('a number of rows');
    if (this.peek.type !== 'eof') {
      const expected = [
        orderBy.length || skip !== undefined || limit !== undefined ? '' : "',', AS, ORDER BY",
        skip !== undefined || limit !== undefined ? '' : 'SKIP',
        limit !== undefined ? '' : 'LIMIT',
        'the end of the query',
      ].filter(Boolean);
      this.fail(expected.join(', ').replace(/, ([^,]*)$/, ' or $1'));
    }
    return { pattern, where, distinct, items, orderBy, skip, limit };
  }

  private count(expected: string): number {
    const t = this.peek;
    if (t.type !== 'number' || t.value.includes('.')) this.fail(expected);
    this.pos++;
    return Number(t.value);
  }

  private pattern(): Pattern {
    const nodes = [this.nodePattern()];
    const rels: RelPattern[] = [];
    while (this.isPunct('-') || this.isPunct('<-')) {
      if (rels.length === MAX_HOPS) this.fail(`WHERE or RETURN (patterns have at most ${MAX_HOPS} relationships)`);
      rels.push(this.relPattern());
      nodes.push(this.nodePattern());
    }
    return { nodes, rels };
  }

  private nodePattern(): NodePattern {
    const open = this.punct('(', "a node pattern '('");
    const node: NodePattern = { props: [], column: open.start + 1 };
    if (this.peek.type === 'name' && !this.isPunct(':')) node.variable = this.name("a variable, ':' or ')'");
    if (this.acceptPunct(':')) node.label = this.name('a node label (an entity type, e.g. Person)');
    if (this.isPunct('{')) node.props = this.propMap();
    this.punct(')', node.label ? "'{' or ')'" : node.variable ? "':', '{' or ')'" : "a variable, ':', '{' or ')'");
    return node;
  }

  private relPattern(): RelPattern {
    const first = this.next(); // '-' or '<-'
    const rel: RelPattern = { types: [], direction: first.value === '<-' ? 'in' : 'both', props: [], column: first.start + 1 };
    if (this.acceptPunct('[')) {
      if (this.peek.type === 'name') rel.variable = this.name("a variable, ':' or ']'");
      if (this.acceptPunct(':')) {
        rel.types.push(this.name('a relationship type (a predicate, e.g. holds_role)'));
        while (this.acceptPunct('|')) {
          this.acceptPunct(':');
          rel.types.push(this.name('a relationship type after |'));
        }
      }
      if (this.isPunct('*')) this.fail("']' (variable-length relationships are not supported; write each hop)");
      if (this.isPunct('{')) rel.props = this.propMap();
      this.punct(']', rel.types.length ? "'|', '{' or ']'" : "a variable, ':', '{' or ']'");
    }
    if (rel.direction === 'in') this.punct('-', "'-' to close the relationship");
    else if (this.acceptPunct('->')) rel.direction = 'out';
    else this.punct('-', "'->' or '-' to close the relationship");
    return rel;
  }

  private propMap(): [string, Literal][] {
    this.punct('{');
    const props: [string, Literal][] = [];
    if (!this.isPunct('}'))
      do {
        const key = this.propertyName('a property name');
        this.punct(':', "':' after the property name");
        props.push([key, this.literal()]);
      } while (this.acceptPunct(','));
    this.punct('}', "',' or '}'");
    return props;
  }

  private literal(): Literal {
    const e = this.primary();
    const value = literalValue(e);
    if (value === undefined) this.fail('a value (string, number, true, false, null or a list)', this.tokens[this.pos - 1]);
    return value;
  }

  private returnItem(): ReturnItem {
    const start = this.peek.start;
    const expr = this.expr();
    const text = this.input.slice(start, this.tokens[this.pos - 1]!.end).trim();
    if (this.acceptKeyword('AS')) return { expr, name: this.name('a column name after AS'), text };
    return { expr, name: text, text };
  }

  expr(): Expr {
    let left = this.xor();
    while (this.acceptKeyword('OR')) left = { kind: 'binary', op: 'OR', left, right: this.xor() };
    return left;
  }
  private xor(): Expr {
    let left = this.and();
    while (this.acceptKeyword('XOR')) left = { kind: 'binary', op: 'XOR', left, right: this.and() };
    return left;
  }
  private and(): Expr {
    let left = this.not();
    while (this.acceptKeyword('AND')) left = { kind: 'binary', op: 'AND', left, right: this.not() };
    return left;
  }
  private not(): Expr {
    if (this.acceptKeyword('NOT')) return { kind: 'not', expr: this.not() };
    return this.comparison();
  }
  private comparison(): Expr {
    const left = this.primary();
    const t = this.peek;
    let op: BinaryOp | undefined;
    if (t.type === 'punct' && ['=', '<>', '<', '>', '<=', '>=', '=~'].includes(t.value)) {
      this.pos++;
      op = t.value as BinaryOp;
    } else if (this.acceptKeyword('CONTAINS')) op = 'CONTAINS';
    else if (this.acceptKeyword('IN')) op = 'IN';
    else if (this.acceptKeyword('STARTS')) {
      this.keyword('WITH', 'WITH after STARTS');
      op = 'STARTS WITH';
    } else if (this.acceptKeyword('ENDS')) {
      this.keyword('WITH', 'WITH after ENDS');
      op = 'ENDS WITH';
    } else if (this.acceptKeyword('IS')) {
      const negated = this.acceptKeyword('NOT');
      this.keyword('NULL', negated ? 'NULL after IS NOT' : 'NULL or NOT NULL after IS');
      return { kind: 'isNull', expr: left, negated };
    }
    if (!op) return left;
    return { kind: 'binary', op, left, right: this.primary() };
  }

  private primary(): Expr {
    const t = this.peek;
    if (t.type === 'string') {
      this.pos++;
      return { kind: 'literal', value: t.value };
    }
    if (t.type === 'number') {
      this.pos++;
      return { kind: 'literal', value: Number(t.value) };
    }
    if (this.isPunct('-') && this.tokens[this.pos + 1]?.type === 'number') {
      this.pos++;
      return { kind: 'literal', value: -Number(this.next().value) };
    }
    if (this.acceptPunct('(')) {
      const e = this.expr();
      this.punct(')', "')' to close the parenthesis");
      return e;
    }
    if (this.acceptPunct('[')) {
      const items: Expr[] = [];
      if (!this.isPunct(']'))
        do items.push(this.expr());
        while (this.acceptPunct(','));
      this.punct(']', "',' or ']'");
      return { kind: 'list', items };
    }
    if (t.type === 'name') {
      if (!t.quoted) {
        const upper = t.value.toUpperCase();
        if (upper === 'TRUE' || upper === 'FALSE' || upper === 'NULL') {
          this.pos++;
          return { kind: 'literal', value: upper === 'NULL' ? null : upper === 'TRUE' };
        }
      }
      const name = this.name('a variable, a value or a function call');
      if (this.acceptPunct('(')) {
        const call = { kind: 'call' as const, name: name.toLowerCase(), args: [] as Expr[], star: false, distinct: false, column: t.start + 1 };
        if (this.acceptPunct('*')) call.star = true;
        else if (!this.isPunct(')')) {
          call.distinct = this.acceptKeyword('DISTINCT');
          do call.args.push(this.expr());
          while (this.acceptPunct(','));
        }
        this.punct(')', "')' to close the function call");
        return call;
      }
      if (this.acceptPunct('.')) {
        const property = this.propertyName(`a property name after '${name}.'`);
        return { kind: 'property', variable: name, property, column: t.start + 1 };
      }
      return { kind: 'variable', name, column: t.start + 1 };
    }
    return this.fail('a value, a variable or a function call');
  }
}

function literalValue(e: Expr): Literal | undefined {
  if (e.kind === 'literal') return e.value;
  if (e.kind === 'list') {
    const values = e.items.map(literalValue);
    return values.every((v) => v !== undefined) ? (values as Literal[]) : undefined;
  }
  return undefined;
}
