// Tokens of the MATCH language. Every token keeps its offset in the input line so that syntax errors can
// name the column.
import { QuerySyntaxError } from '../errors.js';

export type TokenType = 'name' | 'string' | 'number' | 'punct' | 'eof';

export interface Token {
  type: TokenType;
  /** the name, the string's value, the number's text or the punctuation */
  value: string;
  /** offset of the first character in the input line */
  start: number;
  end: number;
  /** a `backquoted` name: never a keyword */
  quoted?: boolean;
}

const PUNCT = ['<>', '<=', '>=', '=~', '->', '<-', '(', ')', '[', ']', '{', '}', ':', ',', '.', '-', '>', '<', '=', '*', '|'];

export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === '"' || c === "'") {
      let value = '';
      i++;
      while (i < input.length && input[i] !== c) {
        if (input[i] === '\\' && i + 1 < input.length) {
          const n = input[++i]!;
          value += n === 'n' ? '\n' : n === 't' ? '\t' : n;
        } else value += input[i];
        i++;
      }
      if (i >= input.length) throw new QuerySyntaxError(start + 1, `a closing ${c}`, 'the end of the query');
      i++;
      tokens.push({ type: 'string', value, start, end: i });
    } else if (c === '`') {
      const close = input.indexOf('`', i + 1);
      if (close < 0) throw new QuerySyntaxError(start + 1, 'a closing `', 'the end of the query');
      tokens.push({ type: 'name', value: input.slice(i + 1, close), start, end: close + 1, quoted: true });
      i = close + 1;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]+)?/.exec(input.slice(i))!;
      i += m[0].length;
      tokens.push({ type: 'number', value: m[0], start, end: i });
    } else if (/[\p{L}_$]/u.test(c)) {
      const m = /^[\p{L}\p{N}_$]+/u.exec(input.slice(i))!;
      i += m[0].length;
      tokens.push({ type: 'name', value: m[0], start, end: i });
    } else {
      const p = PUNCT.find((q) => input.startsWith(q, i));
      if (!p) throw new QuerySyntaxError(start + 1, 'a name, a value or one of ( ) [ ] { } : , . - > < = *', `'${c}'`);
      i += p.length;
      tokens.push({ type: 'punct', value: p, start, end: i });
    }
  }
  tokens.push({ type: 'eof', value: '', start: input.length, end: input.length });
  return tokens;
}

export function describeToken(t: Token): string {
  if (t.type === 'eof') return 'the end of the query';
  if (t.type === 'string') return `the string "${t.value}"`;
  return `'${t.value}'`;
}
