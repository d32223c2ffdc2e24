// XML text for GEXF and GraphML. XML 1.0 cannot carry some characters at all, not even as references
// (C0 controls other than tab, newline and carriage return; U+FFFE and U+FFFF; unpaired surrogates): they are
// removed. Everything else that is markup is escaped; tab, newline and carriage return are written as character
// references inside attribute values, because a parser would otherwise normalise them to spaces.

const FORBIDDEN = '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const FORBIDDEN_RE = new RegExp(FORBIDDEN, 'g');
// DEL and the C1 controls are discouraged in XML 1.0, and some parsers (xmldom) turn U+0085 and U+2028 into
// line ends: they are written as character references, which no parser normalises.
const REFERENCED = '\\u007F-\\u009F\\u2028';
const ATTRIBUTE_RE = new RegExp(`[&<>"\\t\\n\\r${REFERENCED}]|${FORBIDDEN}`, 'g');
const TEXT_RE = new RegExp(`[&<>\\r${REFERENCED}]|${FORBIDDEN}`, 'g');

const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
const replace = (c: string) => {
  const known = REFERENCES[c];
  if (known) return known;
  const code = c.charCodeAt(0);
  return (code >= 0x7f && code <= 0x9f) || code === 0x2028 ? `&#${code};` : ''; // else forbidden: removed
};

/** The string without the characters XML 1.0 forbids (what a reader of the export gets back). */
export const removeXmlForbidden = (s: string) => s.replace(FORBIDDEN_RE, '');

/** A string for an attribute value in double quotes. */
export const xmlAttribute = (s: string) => s.replace(ATTRIBUTE_RE, replace);

/** A string for element content. */
export const xmlText = (s: string) => s.replace(TEXT_RE, replace);
