// A document's metadata, from a record of fields: a row of a JSON Lines or CSV feed, or YAML front matter.
// One table says which field names give what (the shapes of news-API dumps, scrapers and static-site front
// matter), compared without case, spaces, dashes or underscores ("published_at" is "publishedAt"). Values are
// normalised here: text trimmed to one line, the outlet of {"source": {"name": …}}, several authors joined,
// the date read as a day (an unreadable date leaves the document undated, with a warning).
import { parsePublicationDate } from './time/publication.js';

export interface DocumentMetadata {
  title?: string;
  /** the publication day, YYYY-MM-DD */
  date?: string;
  url?: string;
  /** the outlet: "Reuters", "The Guardian" */
  source?: string;
  author?: string;
}

/** Field names, best first, for each thing a record can tell; `text` and `id` only matter for feeds. */
export const METADATA_FIELDS = {
  text: ['text', 'body', 'content', 'article', 'articleBody', 'fullText'],
  title: ['title', 'headline', 'name'],
  date: ['date', 'published', 'published_at', 'publishedAt', 'datePublished', 'datetime', 'pubDate', 'publish_date', 'created_at'],
  url: ['url', 'link', 'canonical_url', 'href'],
  source: ['source', 'source_name', 'site_name', 'siteName', 'publisher', 'outlet', 'domain'],
  author: ['author', 'authors', 'byline', 'creator'],
  id: ['id', 'guid', 'uuid', 'article_id', 'doc_id'],
} as const satisfies Record<string, readonly string[]>;

export type MetadataField = keyof typeof METADATA_FIELDS;

export const fieldKey = (name: string) => name.toLowerCase().replace(/[\s_-]/g, '');
const FIELD_OF = new Map<string, MetadataField>();
for (const [field, names] of Object.entries(METADATA_FIELDS) as [MetadataField, readonly string[]][])
  for (const name of names) if (!FIELD_OF.has(fieldKey(name))) FIELD_OF.set(fieldKey(name), field);

/** Which metadata field a column or key name gives, if any. */
export const metadataFieldOf = (name: string): MetadataField | undefined => FIELD_OF.get(fieldKey(name));

/** The value of a field in a record: the first of its names present with a value. */
export function fieldValue(record: Record<string, unknown>, field: MetadataField): unknown {
  let best: unknown;
  let rank = Infinity;
  const names = METADATA_FIELDS[field].map(fieldKey);
  for (const [key, value] of Object.entries(record)) {
    const i = names.indexOf(fieldKey(key));
    if (i < 0 || i >= rank || value === null || value === undefined || value === '') continue;
    best = value;
    rank = i;
  }
  return best;
}

/** A value as one line of text: strings trimmed, numbers written, {name} objects by name, lists joined. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim().replace(/\s+/g, ' ') || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(textOf).filter((v): v is string => !!v);
    return parts.length ? parts.join(', ') : undefined;
  }
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return textOf(o.name ?? o.title ?? o['@value']);
  }
  return undefined;
}

/** The metadata a record gives, and one warning per value it could not read. */
export function metadataOf(record: Record<string, unknown>): { metadata: DocumentMetadata; warnings: string[] } {
  const metadata: DocumentMetadata = {};
  const warnings: string[] = [];
  const title = textOf(fieldValue(record, 'title'));
  if (title) metadata.title = title.slice(0, 200);
  const rawDate = fieldValue(record, 'date');
  if (rawDate !== undefined) {
    const parsed = parsePublicationDate(rawDate instanceof Date ? rawDate.toISOString() : rawDate);
    if (parsed.ok) metadata.date = parsed.date;
    else warnings.push(`its date cannot be read (${parsed.error}): it is kept as an undated document`);
  }
  const url = textOf(fieldValue(record, 'url'));
  if (url) metadata.url = url;
  const source = textOf(fieldValue(record, 'source'));
  if (source) metadata.source = source;
  const author = textOf(fieldValue(record, 'author'));
  if (author) metadata.author = author;
  return { metadata, warnings };
}
