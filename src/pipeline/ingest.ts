// Stage 0: bytes of a file → a document's text. Plain text is taken as it is; Markdown keeps its offsets
// (markup is blanked out with spaces, so evidence offsets still point into the file); HTML is reduced to
// the text of its body. Problems are returned as a one-line reason, never thrown: a bad file among good
// ones is skipped with a warning.
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { SourceDocument } from './types.js';

export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];

export type IngestResult = { ok: true; doc: SourceDocument } | { ok: false; reason: string };

export function ingestDocument(id: string, path: string, bytes: Uint8Array): IngestResult {
  if (bytes.length > MAX_DOCUMENT_BYTES)
    return { ok: false, reason: `is over 50 MB (${(bytes.length / 1048576).toFixed(0)} MB): split it into smaller articles` };
  if (bytes.length === 0) return { ok: false, reason: 'is empty: remove it or add the article text' };
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'is a binary file, not text: pass .txt, .md or .html articles' };
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'is not valid UTF-8: convert it, e.g. iconv -f latin1 -t utf-8' };
  }
  raw = raw.replace(/^\uFEFF/, '');
  const lower = path.toLowerCase();
  const text = lower.endsWith('.html') || lower.endsWith('.htm') ? htmlToText(raw) : lower.endsWith('.md') || lower.endsWith('.markdown') ? blankMarkdown(raw) : raw;
  if (!text.trim()) return { ok: false, reason: 'has no text: remove it or add the article text' };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { ok: true, doc: { id, path, title: titleOf(raw, text, lower), text, sha256 } };
}

function titleOf(raw: string, text: string, lowerPath: string): string {
  if (lowerPath.endsWith('.html') || lowerPath.endsWith('.htm')) {
    const m = /<title[^>]*>([^<]*)<\/title>/i.exec(raw);
    if (m && m[1]!.trim()) return htmlToText(m[1]!).trim();
  }
  const line = text.split('\n').find((l) => l.trim()) ?? '';
  return line.trim().replace(/\s+/g, ' ').slice(0, 200);
}

const BLOCK_TAGS = new Set(['p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'blockquote', 'section', 'article', 'header', 'footer', 'title', 'pre', 'figcaption']);
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'nav']);

/** The readable text of an HTML page: blocks become lines, scripts and styles are dropped, entities decoded. */
export function htmlToText(html: string): string {
  let out = '';
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED_TAGS.has(name)) skipping++;
        else if (BLOCK_TAGS.has(name)) out += '\n';
      },
      ontext(data) {
        if (!skipping) out += data;
      },
      onclosetag(name) {
        if (SKIPPED_TAGS.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCK_TAGS.has(name)) out += '\n';
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return out
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Markdown with its markup replaced by spaces, so that every character of the text keeps its offset in the
 * file. Text nodes (and inline code) are kept; link targets, emphasis marks, heading hashes, HTML and
 * images are blanked.
 */
export function blankMarkdown(source: string): string {
  const keep = new Uint8Array(source.length);
  const visit = (node: { type: string; position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[]; value?: string }) => {
    if ((node.type === 'text' || node.type === 'inlineCode') && node.position) {
      const start = node.position.start.offset ?? 0;
      const end = node.position.end.offset ?? start;
      // a text node's span may include escapes; keep only characters that appear in its value
      keep.fill(1, start, end);
      return;
    }
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
  };
  visit(fromMarkdown(source) as unknown as Parameters<typeof visit>[0]);
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    out += keep[i] || ch === '\n' ? ch : ' ';
  }
  return out;
}
