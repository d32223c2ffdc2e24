// Stage 0: bytes of a file → a document's text and metadata. Plain text is taken as it is; Markdown keeps its
// offsets (markup is blanked out with spaces, so evidence offsets still point into the file); YAML front matter
// at the top of a Markdown or text file is blanked too, parsed, and read as the document's metadata (title,
// date, url, source, author: metadata.ts), never as text; HTML is reduced to its article's text by
// Readability, with the page's metadata (html.ts); PDF to the text pdf.js extracts (pdf.ts). Evidence offsets
// point into the text made here. Feeds of many articles (JSON Lines, CSV) are read by feeds.ts. Problems are
// returned as a one-line reason, never thrown: a bad file among good ones is skipped with a warning.
import { createHash } from 'node:crypto';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';
import { parse as parseYaml } from 'yaml';
import { htmlToText, readHtmlArticle } from './html.js';
import { metadataOf } from './metadata.js';
import { isPdf, pdfToText } from './pdf.js';
import type { DocumentMetadata } from './metadata.js';
import type { SourceDocument } from './types.js';

export { htmlToText };

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
  let frontMatterText: string | undefined;
  let metadata: DocumentMetadata = {};
  if (lower.endsWith('.html') || lower.endsWith('.htm')) {
    const article = readHtmlArticle(raw);
    text = article.text;
    metadata = article.metadata;
    for (const w of article.warnings) warnings.push(w);
  } else if (lower.endsWith('.md') || lower.endsWith('.markdown')) {
    const md = readMarkdown(raw);
    text = md.text;
    frontMatterText = md.frontMatter;
  } else {
    const plain = readPlainText(raw);
    text = plain.text;
    frontMatterText = plain.frontMatter;
  }
  let frontMatter: Record<string, unknown> | undefined;
  if (frontMatterText !== undefined) {
    const parsed = parseFrontMatter(frontMatterText);
    if (parsed.ok) {
      frontMatter = parsed.data;
      const read = metadataOf(parsed.data);
      metadata = read.metadata;
      for (const w of read.warnings) warnings.push(`its front matter: ${w}`);
    } else warnings.push(`its front matter is not a YAML mapping (${parsed.error}): it is left out of the text, and the title comes from the text`);
  }
  if (metadata.title) title = oneLine(metadata.title);
  if (!text.trim()) return { ok: false, reason: 'has no text: remove it or add the article text' };
  const { title: _title, ...meta } = metadata;
  const doc: SourceDocument = { id, path, title: title || firstLine(text), text, sha256: sha256Of(bytes), ...meta, ...(frontMatter ? { frontMatter } : {}) };
  return { ok: true, doc, ...(warnings.length ? { warnings } : {}) };
}

const oneLine = (s: string) => s.trim().replace(/\s+/g, ' ').slice(0, 200);

/** The first line with text, as a title (without splitting a 50 MB text into lines). */
export function firstLine(text: string): string {
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

// YAML front matter at the very top of a text file, between lines of three dashes
const TEXT_FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)(?:\r?\n)?^(?:---|\.\.\.)[ \t]*$/m;

/** A text file with its YAML front matter, if any, apart: blanked to spaces so every offset stays. */
export function readPlainText(source: string): { text: string; frontMatter?: string } {
  const m = source.startsWith('---') ? TEXT_FRONT_MATTER.exec(source) : null;
  if (m?.index !== 0) return { text: source };
  return { text: source.slice(0, m[0].length).replace(/[^\n]/g, ' ') + source.slice(m[0].length), frontMatter: m[1] ?? '' };
}

/** Markdown with its markup blanked (see blankMarkdown) and its YAML front matter, if any, apart. */
export function readMarkdown(source: string): { text: string; frontMatter?: string } {
  const keep = new Uint8Array(source.length);
  let frontMatter: string | undefined;
  type MdNode = { type: string; position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[]; value?: string };
  // iteratively: a long document is a deep and wide tree
  const stack: MdNode[] = [
    fromMarkdown(source, { extensions: [frontmatter(['yaml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml'])] }) as unknown as MdNode,
  ];
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
