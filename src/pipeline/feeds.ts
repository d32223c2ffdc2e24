// Feeds: JSON Lines and CSV files with one article a row, the shape of news-API dumps and scrapers. A row's
// text comes from its `text`, `body` or `content` field; its title, URL, date, outlet, author and id from the
// fields metadata.ts names. Each row is one document, whose id is the row's `id`, else its `url`, else
// FILE#ROW. Bad rows are skipped with a warning naming the file and the row; a CSV without a text column is
// refused (FeedError) with the columns it has. Rows arrive as the file is read, so a large feed is never one
// string in memory.
import { createHash } from 'node:crypto';
import { parse as parseCsv, type CsvError, type Options as CsvOptions } from 'csv-parse';
import { fieldValue, METADATA_FIELDS, metadataFieldOf, metadataOf } from './metadata.js';
import { firstLine, MAX_DOCUMENT_BYTES } from './ingest.js';
import type { SourceDocument } from './types.js';

export const FEED_EXTENSIONS = ['.jsonl', '.ndjson', '.csv'];

export type FeedItem = { doc: SourceDocument } | { warning: string };

/** A feed that cannot be read at all (a CSV without a text column): the build stops with this one line. */
export class FeedError extends Error {}

const TEXT_NAMES = `${METADATA_FIELDS.text[0]}, ${METADATA_FIELDS.text[1]} or ${METADATA_FIELDS.text[2]}`;

/**
 * A row's record as a document, or why it is skipped. `name` is the file's name (for ids: FILE#ROW), `path` the
 * file as given (for messages), `row` counts from 1 (a JSON Lines file's line number).
 */
export function rowDocument(name: string, path: string, row: number, record: Record<string, unknown>, unit = 'row'): FeedItem[] {
  const where = `${path} ${unit} ${row}`;
  const text = fieldValue(record, 'text');
  if (typeof text !== 'string' || !text.trim())
    return [{ warning: `${where}: skipped: it has no text (${text === undefined ? `no ${TEXT_NAMES} field` : 'the text field is empty or not text'})` }];
  if (text.length > MAX_DOCUMENT_BYTES) return [{ warning: `${where}: skipped: its text is over 50 MB: split it into smaller articles` }];
  const { metadata, warnings } = metadataOf(record);
  const id = stringId(fieldValue(record, 'id')) ?? metadata.url ?? `${name}#${row}`;
  const { title, ...rest } = metadata;
  const doc: SourceDocument = {
    id,
    path: `${path}#${row}`,
    title: title ?? firstLine(text),
    text,
    sha256: createHash('sha256').update(text).digest('hex'),
    ...rest,
  };
  return [...warnings.map((w) => ({ warning: `${where}: ${w}` })), { doc }];
}

const stringId = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : undefined);

/** The rows of a JSON Lines feed, one JSON object a line (blank lines are skipped). */
export async function* readJsonLines(name: string, path: string, chunks: AsyncIterable<string | Buffer>): AsyncGenerator<FeedItem> {
  const where = path;
  let rest = '';
  let line = 0;
  const decoder = new TextDecoder('utf-8');
  const one = (text: string): FeedItem[] => {
    line++;
    if (!text.trim()) return [];
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      return [{ warning: `${where} line ${line}: skipped: not JSON (${(e as Error).message.split('\n')[0]})` }];
    }
    if (!value || typeof value !== 'object' || Array.isArray(value))
      return [
        {
          warning: `${where} line ${line}: skipped: a line must be a JSON object with a text field, not ${Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value}`,
        },
      ];
    return rowDocument(name, path, line, value as Record<string, unknown>, 'line');
  };
  for await (const chunk of chunks) {
    rest += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let from = 0;
    for (let nl = rest.indexOf('\n', from); nl >= 0; nl = rest.indexOf('\n', from)) {
      yield* one(
        rest
          .slice(from, nl)
          .replace(/\r$/, '')
          .replace(/^\uFEFF/, ''),
      );
      from = nl + 1;
    }
    rest = rest.slice(from);
  }
  rest += decoder.decode();
  if (rest) yield* one(rest.replace(/\r$/, ''));
}

/** The rows of a CSV feed with a header row (RFC 4180: quoted fields may hold commas and line breaks). */
export async function* readCsv(name: string, path: string, chunks: AsyncIterable<string | Buffer>): AsyncGenerator<FeedItem> {
  const where = path;
  const skipped: string[] = [];
  const options: CsvOptions = {
    bom: true,
    columns: (header: string[]) => {
      const names = header.map((h) => String(h).trim());
      if (!names.some((h) => metadataFieldOf(h) === 'text'))
        throw new FeedError(
          `${where} has no text column (it has ${names.map((h) => JSON.stringify(h)).join(', ') || 'none'}): name the article text column ${TEXT_NAMES}`,
        );
      return names;
    },
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
    on_skip: (err: CsvError | undefined) =>
      void skipped.push(
        `${where} line ${(err?.lines as number | undefined) ?? '?'}: skipped: ${err?.message.replace(/^Invalid Record Length: /, '') ?? 'a malformed record'}`,
      ),
  };
  const parser = parseCsv(options);
  // the file's chunks go in as the parser asks for them; rows come out one at a time
  const feeding = (async () => {
    try {
      for await (const chunk of chunks) if (!parser.write(chunk)) await new Promise((r) => parser.once('drain', r));
      parser.end();
    } catch (e) {
      parser.destroy(e as Error);
    }
  })();
  let row = 0;
  try {
    for await (const item of parser as AsyncIterable<{ record: Record<string, string> }>) {
      while (skipped.length) yield { warning: skipped.shift()! };
      row++;
      yield* rowDocument(name, path, row, item.record);
    }
  } catch (e) {
    if (e instanceof FeedError) throw e;
    const cause = (e as { cause?: unknown }).cause;
    if (cause instanceof FeedError) throw cause;
    throw new FeedError(
      `${where} is not a CSV file this reads (${(e as Error).message.split('\n')[0]}): check its quoting, or export it again as RFC 4180 CSV`,
    );
  }
  await feeding;
  while (skipped.length) yield { warning: skipped.shift()! };
}
