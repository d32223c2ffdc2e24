// XML text for GEXF and GraphML. XML 1.0 cannot carry some characters at all, not even as references
// (C0 controls other than tab, newline and carriage return; U+FFFE and U+FFFF; unpaired surrogates): they are
// removed. Everything else that is markup is escaped; tab, newline and carriage return are written as character
// references inside attribute values, because a parser would otherwise normalise them to spaces.

const FORBIDDEN = '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const FORBIDDEN_RE = new RegExp(FORBIDDEN, 'g');
// DEL and the C1 controls are discouraged in XML 1.0, and some parsers (xmldom) turn U+0085 and U+2028 into
// line ends: they are written as character references, which no parser normalises.
const RARE = `[\\u007F-\\u009F\\u2028]|${FORBIDDEN}`;
// a plain character class finds candidates fast; surrogates are mostly paired (emoji) and then left alone
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what XML forbids and these patterns remove
const RARE_TEST = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\uD800-\uDFFF\uFFFE\uFFFF]/;
const RARE_RE = new RegExp(RARE, 'g');
const rare = (c: string) => {
  const code = c.charCodeAt(0);
  return (code >= 0x7f && code <= 0x9f) || code === 0x2028 ? `&#${code};` : ''; // else forbidden: removed
};
const ATTRIBUTE_SPECIAL = /[&<>"\t\n\r]/;
const TEXT_SPECIAL = /[&<>\r]/;
// one scan that says whether a string needs any work at all: most keys, labels and numbers do not
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what XML forbids and these patterns remove
const ATTRIBUTE_ANY = /[&<>"\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\uD800-\uDFFF\uFFFE\uFFFF]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what XML forbids and these patterns remove
const TEXT_ANY = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\uD800-\uDFFF\uFFFE\uFFFF]/;
const APOSTROPHE_SPECIAL = /[&<>'\t\n\r]/;

/** The string without the characters XML 1.0 forbids (what a reader of the export gets back). */
export const removeXmlForbidden = (s: string) => s.replace(FORBIDDEN_RE, '');

// Each replacement runs only when its character occurs (includes() is a fast scan; a replace allocates), and
// with a constant string: several times faster than one replace with a callback, which matters for the JSON
// evidence of 300,000 edges. `&` goes first, the character references last.

/** Escapes markup in an attribute value delimited by `quote`; a value in apostrophes has none to escape. */
function escapeAttribute(s: string, special: RegExp, quote: '"' | "'"): string {
  if (special.test(s)) {
    if (s.includes('&')) s = s.replace(/&/g, '&amp;');
    if (s.includes('<')) s = s.replace(/</g, '&lt;');
    if (s.includes('>')) s = s.replace(/>/g, '&gt;');
    if (quote === '"' && s.includes('"')) s = s.replace(/"/g, '&quot;');
    if (s.includes('\t')) s = s.replace(/\t/g, '&#9;');
    if (s.includes('\n')) s = s.replace(/\n/g, '&#10;');
    if (s.includes('\r')) s = s.replace(/\r/g, '&#13;');
  }
  return RARE_TEST.test(s) ? s.replace(RARE_RE, rare) : s;
}

/** A string for an attribute value in double quotes. */
export function xmlAttribute(s: string): string {
  return ATTRIBUTE_ANY.test(s) ? escapeAttribute(s, ATTRIBUTE_SPECIAL, '"') : s;
}

/** A string for element content. */
export function xmlText(s: string): string {
  if (!TEXT_ANY.test(s)) return s;
  if (TEXT_SPECIAL.test(s)) {
    if (s.includes('&')) s = s.replace(/&/g, '&amp;');
    if (s.includes('<')) s = s.replace(/</g, '&lt;');
    if (s.includes('>')) s = s.replace(/>/g, '&gt;');
    if (s.includes('\r')) s = s.replace(/\r/g, '&#13;');
  }
  return RARE_TEST.test(s) ? s.replace(RARE_RE, rare) : s;
}

/**
 * An attribute value with its quotes. XML allows either quote character; a value with double quotes and no
 * apostrophe (JSON text, such as an edge's evidence) goes in apostrophes, so its quotes need no &quot; (which
 * made evidence a fifth longer and cost a replace per edge).
 */
export function xmlQuotedAttribute(s: string): string {
  if (!s.includes('"') || s.includes("'")) return `"${xmlAttribute(s)}"`;
  return `'${escapeAttribute(s, APOSTROPHE_SPECIAL, "'")}'`;
}
