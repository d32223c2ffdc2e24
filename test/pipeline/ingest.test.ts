import { describe, expect, it } from 'vitest';
import { blankMarkdown, htmlToText, ingestDocument, ingestFile } from '../../src/pipeline/ingest.js';
import { pdfOf } from '../helpers/pdf.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('ingestDocument', () => {
  it.each([
    ['empty.txt', new Uint8Array(), /is empty/],
    ['blank.txt', bytes('   \n\n  '), /has no text/],
    ['binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]), /binary file/],
    ['latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9]), /not valid UTF-8/],
  ])('refuses %s with a reason and a fix', (name, data, reason) => {
    const result = ingestDocument(name, name, data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('takes plain text as it is, with its first line as title and a content hash', () => {
    const result = ingestDocument('a.txt', 'in/a.txt', bytes('\uFEFFTitle line\nBody text.'));
    expect(result.ok && result.doc).toMatchObject({ id: 'a.txt', path: 'in/a.txt', title: 'Title line', text: 'Title line\nBody text.' });
    expect(result.ok && result.doc.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('htmlToText', () => {
  it('keeps the text of blocks, drops scripts and styles, decodes entities', () => {
    const html =
      '<html><head><title>T</title><style>p{}</style></head><body><h1>Talks &amp; threats</h1><p>Paris said <b>no</b>.</p><script>alert(1)</script><p>Rome&nbsp;agreed.</p></body></html>';
    expect(htmlToText(html)).toBe('Talks & threats\n\nParis said no.\n\nRome agreed.');
  });

  it('uses the <title> as the document title', () => {
    const result = ingestDocument('a.html', 'a.html', bytes('<title>Summit ends</title><p>Leaders met.</p>'));
    expect(result.ok && result.doc.title).toBe('Summit ends');
  });
});

describe('blankMarkdown', () => {
  it('blanks markup but keeps every character of the text at its offset', () => {
    const md = '# Summit\n\nThe **German** chancellor met [Macron](https://example.org/x) in *Paris*.\n';
    const text = blankMarkdown(md);
    expect(text.length).toBe(md.length);
    for (const word of ['Summit', 'German', 'chancellor', 'Macron', 'Paris']) expect(text.indexOf(word)).toBe(md.indexOf(word));
    expect(text).not.toMatch(/[#*[\]()]|https/);
  });
});

describe('Markdown front matter', () => {
  const md =
    '---\ntitle: "Moldova recalls envoy"\ndate: 2024-03-01\nsource: Reuters\ntags: [diplomacy, moldova]\n---\n# Envoy recalled\n\nMoldova recalled its ambassador to Russia.\n';

  it('is metadata, never text: blanked at its offsets, parsed into a record, the title taken from it', () => {
    const result = ingestDocument('a.md', 'a.md', bytes(md));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { doc } = result;
    expect(doc.title).toBe('Moldova recalls envoy');
    expect(doc.frontMatter).toEqual({ title: 'Moldova recalls envoy', date: '2024-03-01', source: 'Reuters', tags: ['diplomacy', 'moldova'] });
    expect(doc.text.length).toBe(md.length);
    expect(doc.text).not.toMatch(/title|Reuters|2024|---/);
    expect(doc.text.indexOf('Moldova recalled')).toBe(md.indexOf('Moldova recalled'));
    expect(result.warnings).toBeUndefined();
  });

  it('without a title in it, the title is the first line of text (not the front matter)', () => {
    const result = ingestDocument('b.md', 'b.md', bytes('---\nauthor: A. Writer\n---\n\nNorway summoned the envoy.\n'));
    expect(result.ok && result.doc.title).toBe('Norway summoned the envoy.');
    expect(result.ok && result.doc.frontMatter).toEqual({ author: 'A. Writer' });
  });

  it('that is not a YAML mapping is still left out of the text, with a warning', () => {
    const result = ingestDocument('c.md', 'c.md', bytes('---\ntitle: [unclosed\n---\nBody text about Norway.\n'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.title).toBe('Body text about Norway.');
    expect(result.doc.text).not.toContain('unclosed');
    expect(result.warnings).toEqual([expect.stringMatching(/^its front matter is not a YAML mapping \(.+\): it is left out of the text/)]);
  });

  it('is only front matter at the very start of the file', () => {
    const later = 'Text first.\n\n---\ntitle: x\n---\n';
    const result = ingestDocument('d.md', 'd.md', bytes(later));
    expect(result.ok && result.doc.frontMatter).toBeUndefined();
    expect(result.ok && result.doc.text).toContain('title: x');
  });
});

describe('PDF', () => {
  it('reads the text of every page, lines and pages apart, the first line as title', async () => {
    const result = await ingestFile(
      'a.pdf',
      'in/a.pdf',
      pdfOf([['Lithuania recalled its ambassador to China.', 'The move angered Beijing.'], ['Page two (with parentheses).']]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.text).toBe('Lithuania recalled its ambassador to China.\nThe move angered Beijing.\n\nPage two (with parentheses).');
    expect(result.doc.title).toBe('Lithuania recalled its ambassador to China.');
    expect(result.doc.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['not a PDF at all', bytes('just some text'), /is not a PDF \(it does not start with %PDF-\)/],
    ['a truncated PDF', pdfOf([['Some text.']]).subarray(0, 200), /is a PDF whose text cannot be read \(.+\): convert it to text, or remove it/],
    ['a PDF without text', pdfOf([[]]), /is a PDF without text/],
  ])('refuses %s with a reason and a fix', async (_, data, reason) => {
    const result = await ingestFile('x.pdf', 'x.pdf', data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
