// HTML pages as saved from a browser: the article's text without navigation, adverts, related links and
// comments (Mozilla's Readability, the engine of Firefox's Reader View, over a linkedom DOM), and its
// metadata from the page's head: <meta> (Open Graph, article:*, author), JSON-LD NewsArticle,
// <link rel="canonical"> and <time datetime>. The article's HTML is then reduced to text by htmlToText, so
// paragraphs stay apart; evidence offsets point into that text.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { Parser } from 'htmlparser2';
import { metadataOf, textOf, type DocumentMetadata } from './metadata.js';

export interface HtmlArticle {
  text: string;
  metadata: DocumentMetadata;
  warnings: string[];
}

const ARTICLE_TYPES = /^(?:NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|Article|BlogPosting|WebPage)$/;

type Json = Record<string, unknown>;
/** The DOM linkedom makes, which Readability reads as a browser's document. */
type Document = ReturnType<typeof parseHTML>['document'];
type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

/** The JSON-LD items of a page describing an article, best first (a NewsArticle before a WebPage). */
function jsonLdArticles(document: Document): Json[] {
  const items: Json[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const o = value as Json;
      const types = ([] as unknown[]).concat(o['@type'] ?? []).map(String);
      if (types.some((t) => ARTICLE_TYPES.test(t))) items.push(o);
      if (o['@graph']) visit(o['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // a page's broken JSON-LD is no reason to skip its article: the other metadata still counts
    }
  }
  const rank = (o: Json) =>
    ([] as unknown[])
      .concat(o['@type'])
      .map(String)
      .some((t) => /NewsArticle/.test(t))
      ? 0
      : /WebPage/.test(String(o['@type']))
        ? 2
        : 1;
  return items.sort((a, b) => rank(a) - rank(b));
}

/** The page's metadata as a record of feed field names (metadata.ts reads it like a feed row). */
function pageRecord(document: Document): Json {
  const meta = (...names: string[]) => {
    for (const name of names) {
      const el = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
      const content = el?.getAttribute('content')?.trim();
      if (content) return content;
    }
    return undefined;
  };
  const ld = jsonLdArticles(document)[0] ?? {};
  const publisher = ld.publisher as Json | undefined;
  const authorMeta = meta('author', 'article:author', 'parsely-author', 'sailthru.author');
  const time = document.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? undefined;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  return {
    title: meta('og:title', 'twitter:title') ?? textOf(ld.headline) ?? document.querySelector('title')?.textContent ?? undefined,
    date:
      meta('article:published_time', 'datePublished', 'parsely-pub-date', 'pubdate', 'date', 'DC.date.issued', 'dc.date') ?? textOf(ld.datePublished) ?? time,
    url: canonical ?? meta('og:url') ?? textOf(ld.url),
    source: meta('og:site_name', 'application-name') ?? textOf(publisher),
    // article:author is often a profile's address rather than a name
    author: (authorMeta && !/^https?:/.test(authorMeta) ? authorMeta : undefined) ?? textOf(ld.author),
  };
}

// Bylines and credits name the writer and the photographer, not the story's people: Readability keeps a
// byline it did not need for its own metadata, and the captions' credits.
const BYLINE_MARK = /byline|author|credit|contributor/i;
const BYLINE_TEXT = /^\s*(?:By|From)\s+\p{Lu}[^.!?]{0,80}$/u;
const CREDIT = /(?:^|\s)(?:Photo|Picture|Image|Photograph|Video)s?(?: by)?:\s[^\n]*$/gm;

/** The article's HTML without bylines: elements marked as such, and a short "By …" paragraph among the first. */
function withoutBylines(html: string): string {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  let changed = false;
  for (const el of document.querySelectorAll('[class], [id], [rel], [itemprop]')) {
    const marks = ['class', 'id', 'rel', 'itemprop'].map((a) => el.getAttribute(a) ?? '').join(' ');
    if (BYLINE_MARK.test(marks) && (el.textContent ?? '').length < 200) {
      el.remove();
      changed = true;
    }
  }
  for (const el of [...document.querySelectorAll('p, div, span, address')].slice(0, 6))
    if (!el.querySelector('p, div') && BYLINE_TEXT.test(el.textContent ?? '')) {
      el.remove();
      changed = true;
    }
  return changed ? document.body.innerHTML : html;
}

const withoutCredits = (text: string) => text.replace(CREDIT, '').trim();

/** The article of a page and its metadata; a page Readability finds no article in is read whole, with a warning. */
export function readHtmlArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const { metadata, warnings } = metadataOf(pageRecord(document));
  // Readability changes the document it reads, so it reads after the metadata is taken
  let article: { content?: string | null } | null = null;
  let failure = 'it found no article';
  try {
    article = new Readability(document as unknown as ReadabilityDocument, { charThreshold: 200 }).parse();
  } catch (e) {
    failure = `it failed: ${(e as Error).message.split('\n')[0]}`;
  }
  const text = article?.content ? withoutCredits(htmlToText(withoutBylines(article.content))) : '';
  if (text.trim()) return { text, metadata, warnings };
  warnings.push(`Readability read no article in it (${failure}): the whole page's text is read, navigation and adverts included`);
  return { text: htmlToText(html), metadata, warnings };
}

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'blockquote',
  'section',
  'article',
  'header',
  'footer',
  'title',
  'pre',
  'figcaption',
]);
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
