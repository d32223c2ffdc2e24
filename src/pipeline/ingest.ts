// Stage 0: bytes of a file → a document's text. Plain text is taken as it is; Markdown keeps its offsets
// (markup and YAML front matter are blanked out with spaces, so evidence offsets still point into the file;
// the front matter is parsed as the document's metadata, never read as text); HTML is reduced to the text of
// its body; PDF to the text pdf.js extracts (pdf.ts), which evidence offsets then point into. Problems are
// returned as a one-line reason, never thrown: a bad file among good ones is skipped with a warning.
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { parse as parseYaml } from 'yaml';
import { isPdf, pdfToText } from './pdf.js';
import type { SourceDocument } from './types.js';

export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;
export const DOCUMENT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.pdf'];

/** A document, or why it cannot be read; `warnings` are problems that did not stop it (one line each). */
export type IngestResult = { ok: true; doc: SourceDocument; warnings?: string[] } | { ok: false; reason: string };

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Any supported file, PDFs included (their text is extracted asynchronously). */
export async function ingestFile(id: string, path: string, bytes: Uint8Array): Promise<IngestResult> {
  if (!path.toLowerCase().endsWith('.pdf')) return ingestDocument(id, path, bytes);
  if (bytes.length > MAX_DOCUMENT_BYTES)
    return { ok: false, reason: `is over 50 MB (${(bytes.length / 1048576).toFixed(0)} MB): split it into smaller articles` };
  if (!isPdf(bytes)) return { ok: false, reason: 'is not a PDF (it does not start with %PDF-): check the file or rename it' };
  const sha256 = sha256Of(bytes);
  const read = await pdfToText(bytes);
  if (!read.ok) return { ok: false, reason: `is a PDF whose text cannot be read (${read.error}): convert it to text, or remove it` };
  if (!read.text.trim()) return { ok: false, reason: 'is a PDF without text (scanned pages?): run OCR on it, or remove it' };
  return { ok: true, doc: { id, path, title: firstLine(read.text), text: read.text, sha256 } };
}

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
  const warnings: string[] = [];
  let text: string;
  let title = '';
  let frontMatter: Record<string, unknown> | undefined;
  if (lower.endsWith('.html') || lower.endsWith('.htm')) {
    text = htmlToText(raw);
    const m = /<title[^>]*>([^<]*)<\/title>/i.exec(raw);
    if (m && m[1]!.trim()) title = htmlToText(m[1]!).trim();
  } else if (lower.endsWith('.md') || lower.endsWith('.markdown')) {
    const md = readMarkdown(raw);
    text = md.text;
    if (md.frontMatter !== undefined) {
      const parsed = parseFrontMatter(md.frontMatter);
      if (parsed.ok) {
        frontMatter = parsed.data;
        if (typeof parsed.data.title === 'string' && parsed.data.title.trim()) title = oneLine(parsed.data.title);
      } else warnings.push(`its front matter is not a YAML mapping (${parsed.error}): it is left out of the text, and the title comes from the text`);
    }
  } else text = raw;
  if (!text.trim()) return { ok: false, reason: 'has no text: remove it or add the article text' };
  const doc: SourceDocument = { id, path, title: title || firstLine(text), text, sha256: sha256Of(bytes), ...(frontMatter ? { frontMatter } : {}) };
  return { ok: true, doc, ...(warnings.length ? { warnings } : {}) };
}

const oneLine = (s: string) => s.trim().replace(/\s+/g, ' ').slice(0, 200);

/** The first line with text, as a title (without splitting a 50 MB text into lines). */
function firstLine(text: string): string {
  const m = /[^\s][^\n]*/.exec(text);
  return m ? oneLine(m[0]) : '';
}

/** The YAML of a front matter block as a record, or why it is not one. */
export function parseFrontMatter(yaml: string): { ok: true; data: Record<string, unknown> } | { ok: false; error: string } {
  let data: unknown;
  try {
    // the core schema: dates stay strings ("2024-03-01"), as written
    data = parseYaml(yaml, { schema: 'core', prettyErrors: false, uniqueKeys: false });
  } catch (e) {
    return { ok: false, error: (e as Error).message.split('\n')[0]! };
  }
  if (data === null || data === undefined) return { ok: true, data: {} };
  if (typeof data !== 'object' || Array.isArray(data)) return { ok: false, error: `it is a ${Array.isArray(data) ? 'list' : typeof data}` };
  return { ok: true, data: data as Record<string, unknown> };
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

/** Markdown with its markup blanked (see blankMarkdown) and its YAML front matter, if any, apart. */
export function readMarkdown(source: string): { text: string; frontMatter?: string } {
  const keep = new Uint8Array(source.length);
  let frontMatter: string | undefined;
  type MdNode = { type: string; position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[]; value?: string };
  // iteratively: a long document is a deep and wide tree
  const stack: MdNode[] = [fromMarkdown(source, { extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])] }) as unknown as MdNode];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'yaml') frontMatter = node.value ?? '';
    else if ((node.type === 'text' || node.type === 'inlineCode') && node.position) {
      const start = node.position.start.offset ?? 0;
      const end = node.position.end.offset ?? start;
      // a text node's span may include escapes; keep only characters that appear in its value
      keep.fill(1, start, end);
    } else for (const child of (node.children ?? []) as MdNode[]) stack.push(child);
  }
  // runs of kept characters as they are, the others as spaces (line breaks stay)
  const parts: string[] = [];
  for (let i = 0; i < source.length; ) {
    let j = i + 1;
    while (j < source.length && keep[j] === keep[i]) j++;
    parts.push(keep[i] ? source.slice(i, j) : source.slice(i, j).replace(/[^\n]/g, ' '));
    i = j;
  }
  return { text: parts.join(''), ...(frontMatter !== undefined ? { frontMatter } : {}) };
}

/**
 * Markdown with its markup replaced by spaces, so that every character of the text keeps its offset in the
 * file. Text nodes (and inline code) are kept; link targets, emphasis marks, heading hashes, HTML, images
 * and the YAML front matter are blanked.
 */
export const blankMarkdown = (source: string): string => readMarkdown(source).text;
