import { describe, expect, it } from 'vitest';
import { blankMarkdown, htmlToText, ingestDocument } from '../../src/pipeline/ingest.js';

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
    const html = '<html><head><title>T</title><style>p{}</style></head><body><h1>Talks &amp; threats</h1><p>Paris said <b>no</b>.</p><script>alert(1)</script><p>Rome&nbsp;agreed.</p></body></html>';
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
    expect(text).not.toMatch(/[#*\[\]()]|https/);
  });
});
