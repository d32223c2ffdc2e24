// Feeds, HTML pages, front matter and datelines: the documents and metadata they give, and one warning per
// bad row. The fixtures in test/fixtures/feeds/ are stories of our own about a made-up row between Norway and
// Iran; boilerplate.html is a page as a browser saves it, with navigation, adverts, most-read and related
// links, comments and a footer full of famous names that must not reach the graph.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { FeedError, readCsv, readJsonLines, type FeedItem } from '../../src/pipeline/feeds.js';
import { readHtmlArticle } from '../../src/pipeline/html.js';
import { ingestDocument } from '../../src/pipeline/ingest.js';
import { metadataOf } from '../../src/pipeline/metadata.js';
import type { SourceDocument } from '../../src/pipeline/types.js';
import { ROOT } from '../helpers/run-cli.js';

const FEEDS = join(ROOT, 'test', 'fixtures', 'feeds');
const bytes = (s: string) => new TextEncoder().encode(s);

async function collect(items: AsyncIterable<FeedItem>) {
  const docs: SourceDocument[] = [];
  const warnings: string[] = [];
  for await (const item of items) 'doc' in item ? docs.push(item.doc) : warnings.push(item.warning);
  return { docs, warnings };
}
async function* chunksOf(text: string, size = 7) {
  // small chunks: lines and quoted fields cross chunk boundaries
  const b = Buffer.from(text);
  for (let i = 0; i < b.length; i += size) yield b.subarray(i, i + size);
}

describe('metadata of a record', () => {
  it.each([
    [
      {
        title: ' Envoy  recalled ',
        published_at: '2024-03-14T09:30:00+01:00',
        url: 'https://x.example/a',
        source: { id: null, name: 'Nordic Wire' },
        author: ['A. One', 'B. Two'],
      },
      { title: 'Envoy recalled', date: '2024-03-14', url: 'https://x.example/a', source: 'Nordic Wire', author: 'A. One, B. Two' },
      0,
    ],
    [
      { headline: 'H', publishedAt: 'Thu, 14 Mar 2024 09:30:00 GMT', link: 'https://x.example/b', publisher: 'Wire' },
      { title: 'H', date: '2024-03-14', url: 'https://x.example/b', source: 'Wire' },
      0,
    ],
    [{ Published: 1710408600, 'Site Name': 'Wire' }, { date: '2024-03-14', source: 'Wire' }, 0],
    [{ date: 'soon', byline: 'C. Three' }, { author: 'C. Three' }, 1],
  ])('%j', (record, metadata, warnings) => {
    const read = metadataOf(record);
    expect(read.metadata).toEqual(metadata);
    expect(read.warnings).toHaveLength(warnings);
  });
});

describe('JSON Lines', () => {
  it('gives a document a row, with ids, titles, dates and one warning per bad line', async () => {
    const { docs, warnings } = await collect(readJsonLines('row.jsonl', 'in/row.jsonl', chunksOf(readFileSync(join(FEEDS, 'row.jsonl'), 'utf8'))));
    expect(docs.map((d) => [d.id, d.path, d.title, d.date ?? null, d.source ?? null])).toEqual([
      ['nw-0311', 'in/row.jsonl#1', 'Iran summons Norwegian envoy over aid worker', '2024-03-11', 'Nordic Wire'],
      ['https://news.example/world/norway-recalls-envoy', 'in/row.jsonl#4', 'Norway recalls its ambassador to Iran', '2024-03-15', 'Nordic Wire'],
      ['nw-undated', 'in/row.jsonl#5', 'Talks in Geneva', null, null],
    ]);
    expect(docs[0]).toMatchObject({ url: 'https://news.example/world/iran-summons-norwegian-envoy', author: 'Ingrid Dahl' });
    expect(docs[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(warnings).toEqual([
      expect.stringMatching(/^in\/row\.jsonl line 2: skipped: not JSON \(.+\)$/),
      'in/row.jsonl line 3: skipped: it has no text (no text, body or content field)',
      expect.stringMatching(/^in\/row\.jsonl line 5: its date cannot be read \('next Tuesday' is not a date .*\): it is kept as an undated document$/),
    ]);
  });

  it('names a row without id or url FILE#ROW, and refuses lines that are no objects', async () => {
    const { docs, warnings } = await collect(
      readJsonLines('f.jsonl', 'f.jsonl', chunksOf('{"text":"Norway met Iran."}\r\n\n[1,2]\n"text"\n{"body":"Kenya met Uganda."}')),
    );
    expect(docs.map((d) => d.id)).toEqual(['f.jsonl#1', 'f.jsonl#5']);
    expect(warnings).toEqual([
      'f.jsonl line 3: skipped: a line must be a JSON object with a text field, not a list',
      'f.jsonl line 4: skipped: a line must be a JSON object with a text field, not string',
    ]);
  });
});

describe('CSV', () => {
  it('reads quoted fields with commas, quotes and line breaks; skips rows without text', async () => {
    const { docs, warnings } = await collect(readCsv('row.csv', 'row.csv', chunksOf(readFileSync(join(FEEDS, 'row.csv'), 'utf8'))));
    expect(docs.map((d) => [d.id, d.date, d.author ?? null])).toEqual([
      ['ap-0318', '2024-03-18', 'Erik Holm'],
      ['ap-0320', '2024-03-20', 'Erik Holm'],
    ]);
    expect(docs[0]!.text).toContain('\n\nStrand said Sweden stood with Norway, and she criticised Iran on Sunday for "hostage diplomacy".');
    expect(warnings).toEqual(['row.csv row 2: skipped: it has no text (no text, body or content field)']);
  });

  it('refuses a CSV without a text column, listing the columns it has', async () => {
    await expect(collect(readCsv('no-text.csv', 'in/no-text.csv', chunksOf(readFileSync(join(FEEDS, 'no-text.csv'), 'utf8'))))).rejects.toThrow(
      new FeedError('in/no-text.csv has no text column (it has "headline", "published", "url"): name the article text column text, body or content'),
    );
  });

  it('skips a malformed record with its line, and goes on', async () => {
    const { docs, warnings } = await collect(readCsv('b.csv', 'b.csv', chunksOf('id,text\n1,Norway met Iran.\n2,too,many,fields\n3,Kenya met Uganda.\n')));
    expect(docs.map((d) => d.id)).toEqual(['1', '3']);
    expect(warnings).toEqual([expect.stringMatching(/^b\.csv line 3: skipped: /)]);
  });
});

describe('HTML pages', () => {
  const page = readFileSync(join(FEEDS, 'boilerplate.html'), 'utf8');

  it('reads the article without navigation, adverts, related links, comments, bylines or credits', () => {
    const { text, metadata, warnings } = readHtmlArticle(page);
    expect(warnings).toEqual([]);
    expect(metadata).toEqual({
      title: 'Iran accuses Norway of espionage as envoy row deepens',
      date: '2024-03-21',
      url: 'https://fjordherald.example/world/iran-norway-espionage',
      source: 'The Fjord Herald',
      author: 'Solveig Moen',
    });
    expect(text).toContain("OSLO (Fjord Herald) - Iran's Foreign Minister Hossein Karimi accused Norway of espionage on Thursday");
    expect(text).toContain('\n\nKarimi told reporters');
    for (const boilerplate of ['Haaland', 'Advertisement', 'Most read', 'Related stories', 'Comments', 'cookies', 'Solveig Moen', 'Photo:', 'Fjord Herald.'])
      expect(text).not.toContain(boilerplate);
  });

  it("gives a graph without the boilerplate's names", () => {
    const result = ingestDocument('boilerplate.html', 'boilerplate.html', bytes(page));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { graph } = build([result.doc], { layout: false });
    const labels = graph.mapNodes((_, a) => a.label);
    expect(labels).toEqual(expect.arrayContaining(['Hossein Karimi', 'Anders Lund', 'Kari Berg', 'Lena Strand', 'Norway', 'Iran', 'Sweden']));
    const boilerplateNames = [
      'Erling Haaland',
      'Magnus Carlsen',
      'Taylor Swift',
      'Aurora Airways',
      'Harald',
      'Elon Musk',
      'Lionel Messi',
      'Greta Thunberg',
      'Viking Bank',
      'Warren Buffett',
      'Joe Biden',
      'Emmanuel Macron',
      'Vladimir Putin',
      'Finland',
      'Angela Merkel',
      'Bjorn Olsen',
      'Jens Stoltenberg',
      'Marit Haugen',
      'Pope Francis',
      'Per Eriksen',
      'Ursula von der Leyen',
      'Christiane Amanpour',
      'Cristiano Ronaldo',
      'Knut Hamsun',
      'Nordic Media Trust',
      'Barack Obama',
      'Kim Jong Un',
      'Fjord Herald',
      'Solveig Moen',
      'Acme Analytics',
      'Lisbon',
      'Tromsø',
      'Stavanger',
    ];
    const found = labels.filter((l) => boilerplateNames.some((b) => l.includes(b) || b.includes(l)));
    expect(found).toEqual([]);
    const doc = graph.getAttribute('documents')[0]!;
    expect(doc).toMatchObject({
      date: '2024-03-21',
      source: 'The Fjord Herald',
      author: 'Solveig Moen',
      url: 'https://fjordherald.example/world/iran-norway-espionage',
      place: 'Oslo',
    });
  });

  it('a page Readability finds no article in is read whole, with a warning', () => {
    const r = readHtmlArticle('<html><head><title>x</title></head><body><aside>Norway recalled its envoy.</aside></body></html>');
    expect(r.text).toBe('Norway recalled its envoy.');
    expect(r.warnings).toEqual([expect.stringMatching(/^Readability read no article in it/)]);
  });
});

describe('front matter in text files', () => {
  it('is metadata, blanked at its offsets', () => {
    const txt =
      '---\ntitle: Kenya recalls envoy\ndate: 2024-03-01T10:00:00Z\nurl: https://x.example/k\nsource: Wire\nauthor: A. Writer\n---\nKenya recalled its ambassador to Uganda on Thursday.\n';
    const result = ingestDocument('k.txt', 'k.txt', bytes(txt));
    expect(result.ok && result.doc).toMatchObject({
      title: 'Kenya recalls envoy',
      date: '2024-03-01',
      url: 'https://x.example/k',
      source: 'Wire',
      author: 'A. Writer',
    });
    if (!result.ok) return;
    expect(result.doc.text.length).toBe(txt.length);
    expect(result.doc.text.indexOf('Kenya recalled')).toBe(txt.indexOf('Kenya recalled'));
    expect(result.doc.text).not.toMatch(/title|Wire|---/);
  });

  it('an unreadable date leaves the document undated, with a warning', () => {
    const result = ingestDocument('k.md', 'k.md', bytes('---\ndate: someday\n---\nKenya recalled its ambassador.\n'));
    expect(result.ok && result.doc.date).toBeUndefined();
    expect(result.ok && result.warnings).toEqual([
      expect.stringMatching(/^its front matter: its date cannot be read \('someday'.*\): it is kept as an undated document$/),
    ]);
  });
});
