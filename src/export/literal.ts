// String literals with backslash escapes, as Cypher ('…') and Turtle ("…") write them: a backslash, the quote
// and control characters are escaped; unpaired surrogates cannot be encoded in UTF-8 and are removed.

export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SURROGATE = /[\uD800-\uDFFF]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what these patterns escape
const CONTROL = /[\u0000-\u001f]/g;
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const control = (c: string) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

// one scan that says whether a string needs any work at all (most keys and labels do not)
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what these patterns escape
const NEEDS_WORK = { "'": /[\\'\u0000-\u001f\uD800-\uDFFF]/, '"': /["\\\u0000-\u001f\uD800-\uDFFF]/ } as const;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what these patterns escape
const SPECIAL = { "'": /[\\'\u0000-\u001f]/, '"': /["\\\u0000-\u001f]/ } as const;
const QUOTE = { "'": /'/g, '"': /"/g } as const;

/** `s` in `quote`s, escaped. */
export function escapedLiteral(s: string, quote: "'" | '"'): string {
  if (!NEEDS_WORK[quote].test(s)) return quote + s + quote;
  if (SURROGATE.test(s)) s = s.replace(LONE_SURROGATE, '');
  if (SPECIAL[quote].test(s)) s = s.replace(/\\/g, '\\\\').replace(QUOTE[quote], `\\${quote}`).replace(CONTROL, control);
  return quote + s + quote;
}
