// The viewer in Debian's chromium: drawn canvas, search → panel → evidence, hover, filters in the URL, live
// layout, PNG export, the --html file from file://, hostile article text, and notices for bad graphs.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startViewerServer, writeViewerHtml, type ViewerServer } from '../../src/cli/view.js';
import { TYPE_COLORS } from '../../viewer/src/styles.js';
import { buildViewer, countPixels, hasChromium, launchChromium, ROOT, waitForViewer } from './browser.js';

// the real seed graph once the build has written it, else the seed-shaped fixture
const REAL_GRAPH = join(ROOT, 'graph/graph.json');
const FIXTURE = join(ROOT, 'test/fixtures/viewer-graph.json');
const SEED_GRAPH = existsSync(REAL_GRAPH) ? REAL_GRAPH : FIXTURE;
const tmp = mkdtempSync(join(tmpdir(), 'newsgraph-browser-'));

/** The fixture with hostile text in every place article text or names reach the page. */
function hostileGraph(): string {
  const g = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  const putin = g.nodes.find((n: { key: string }) => n.key === 'person:vladimir-putin');
  putin.attributes.aliases.push('<img src=x onerror="window.__xss=1">');
  g.nodes.push({
    key: 'person:"><img src=x onerror=window.__xss=2>',
    attributes: {
      label: 'Evil <img src=x onerror="window.__xss=3"> Person',
      type: 'Person',
      aliases: ['<script>window.__xss=4</script>'],
      mentions: 1,
      docs: ['<b>doc</b>'],
    },
  });
  const accusation = g.edges.find((e: { attributes: { predicate: string } }) => e.attributes.predicate === 'accused_of');
  const text = `<script>window.__xss=5</script></script><script>window.__xss=6</script> Biden <img src=x onerror="window.__xss=7"> branded him $' a killer.`;
  accusation.attributes.evidence[0] = { doc: '<b>doc</b>', start: 0, end: text.length, text, trigger: [text.indexOf('branded'), text.indexOf('branded') + 7] };
  g.edges.push({
    key: 'x1',
    source: 'person:"><img src=x onerror=window.__xss=2>',
    target: 'charge:killer',
    attributes: { predicate: '<img src=x onerror=window.__xss=8>', label: '<img src=x onerror=window.__xss=9>', confidence: 1, evidence: [], ruleId: 'x' },
  });
  g.attributes.documents.push({ id: '<b>doc</b>', path: 'x', title: '<img src=x onerror="window.__xss=10">Title</script>', sha256: '', chars: 1 });
  const path = join(tmp, 'hostile.json');
  writeFileSync(path, JSON.stringify(g));
  return path;
}

describe.skipIf(!hasChromium)('viewer in chromium', () => {
  let browser: Browser;
  let viewerDir: string;
  let seed: ViewerServer;
  const servers: ViewerServer[] = [];
  const serve = async (graphPath: string) => {
    const s = await startViewerServer({ graphPath, viewerDir, port: 0 });
    servers.push(s);
    return s;
  };
  const pages: Page[] = [];
  const openPage = async (url: string) => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 }, acceptDownloads: true });
    pages.push(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(url);
    return { page, errors };
  };
  const nodeOnScreen = (page: Page, key: string) =>
    page.evaluate((key) => {
      const r = window.newsgraphViewer.renderer as {
        getNodeDisplayData(k: string): { x: number; y: number };
        framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
        getContainer(): HTMLElement;
      };
      const p = r.framedGraphToViewport(r.getNodeDisplayData(key));
      const box = r.getContainer().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, key);
  const openPutin = async (page: Page) => {
    await page.fill('#search', 'Putin');
    const first = page.locator('#search-results li').first();
    await expect.poll(() => first.textContent()).toContain('Vladimir Putin');
    await first.click();
    await page.waitForSelector('#panel:not([hidden])');
  };

  beforeAll(async () => {
    viewerDir = await buildViewer();
    browser = await launchChromium();
    seed = await serve(SEED_GRAPH);
  });
  afterAll(async () => {
    for (const p of pages) await p.close().catch(() => {});
    await browser?.close();
    for (const s of servers) await s.close();
  });

  it('draws the graph: the canvas is not blank and shows the type colours', async () => {
    const { page, errors } = await openPage(seed.url);
    expect(await waitForViewer(page)).toBeUndefined();
    await page.waitForTimeout(300);
    const png = await page.locator('#sigma').screenshot();
    const pixels = await countPixels(browser, png, [TYPE_COLORS.Person!, TYPE_COLORS.Country!, TYPE_COLORS.Charge!]);
    expect(pixels.drawn / pixels.total).toBeGreaterThan(0.003);
    expect(pixels.colors[TYPE_COLORS.Person!]).toBeGreaterThan(50);
    expect(pixels.colors[TYPE_COLORS.Country!]).toBeGreaterThan(50);
    expect(pixels.colors[TYPE_COLORS.Charge!]).toBeGreaterThan(20);
    // the legend names the types with their counts
    const legend = await page.locator('[data-filter="hiddenTypes"] label').allTextContents();
    expect(legend).toEqual(expect.arrayContaining([expect.stringMatching(/^Person\d+$/), expect.stringMatching(/^Charge\d+$/)]));
    expect(errors).toEqual([]);
  });

  it('searches "Putin", moves to him and shows an accusation with its evidence and trigger', async () => {
    const { page, errors } = await openPage(seed.url);
    await waitForViewer(page);
    const cameraBefore = await page.evaluate(() => (window.newsgraphViewer.renderer as { getCamera(): { getState(): object } }).getCamera().getState());
    await openPutin(page);
    expect(await page.locator('#panel h2').textContent()).toBe('Vladimir Putin');
    const accused = page.locator('#panel section[data-predicate="accused_of"]');
    await expect.poll(() => accused.count()).toBe(1);
    const edge = await page.evaluate(
      () => (window.newsgraphViewer.graph as { edges(s: string, t: string): string[] }).edges('person:vladimir-putin', 'charge:killer')[0],
    );
    const relation = accused.locator(`.relation[data-edge="${edge}"]`);
    expect(await relation.locator('div').first().textContent()).toBe('Vladimir Putin accused of killer');
    expect(await relation.locator('.details').textContent()).toContain('by Joe Biden');
    const quote = relation.locator('blockquote').first();
    expect(await quote.textContent()).toMatch(/killer/);
    expect(await quote.locator('mark').count()).toBe(1);
    expect(await relation.locator('.source').first().textContent()).toMatch(/^— \S/);
    expect(page.url()).toContain('node=person%3Avladimir-putin');
    await page.waitForTimeout(500);
    const cameraAfter = await page.evaluate(() => (window.newsgraphViewer.renderer as { getCamera(): { getState(): object } }).getCamera().getState());
    expect(cameraAfter).not.toEqual(cameraBefore);
    // a related entity in the panel opens its own panel
    await relation.locator('a').first().click();
    expect(await page.locator('#panel h2').textContent()).toBe('killer');
    expect(errors).toEqual([]);
  });

  it('links every entity the panel names: accusers of an accusation, the accused of an accusation made', async () => {
    const { page, errors } = await openPage(seed.url);
    await waitForViewer(page);
    await openPutin(page);
    // the accusation's accuser, in its details, is a link
    const accuser = page.locator('#panel section[data-predicate="accused_of"] .details a[data-node="person:joe-biden"]').first();
    expect(await accuser.textContent()).toBe('Joe Biden');
    // the accuser's side: Biden accused Putin, with the charge a link
    const accuses = page.locator('#panel section[data-predicate="accuses"]');
    expect(await accuses.locator('.relation > div').first().textContent()).toMatch(/^(Joe Biden|U\.S\. intelligence) accused Vladimir Putin$/);
    expect(await accuses.locator('.details a[data-node^="charge:"]').count()).toBeGreaterThan(0);
    await accuser.click();
    expect(await page.locator('#panel h2').textContent()).toBe('Joe Biden');
    const made = page.locator('#panel section[data-predicate="accuses"] .relation a[data-node="person:vladimir-putin"]');
    expect(await made.count()).toBeGreaterThan(0);
    // a document's full title is shown on hover, in the panel and in the filter list
    const titles = await page.evaluate(() =>
      [...document.querySelectorAll('#panel ul.documents li, [data-filter="hiddenDocs"] label')].map((e) => e.getAttribute('title')),
    );
    expect(titles).toContain('Putin offers direct talks with Biden, says no need for insults (004_79d0d36076e4f9ea.txt)');
    expect(titles.every((t) => t && /\(\d{3}_[0-9a-f]+\.txt\)$/.test(t))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('sets entities without relations apart and hides them with one box, which says how many', async () => {
    const { page, errors } = await openPage(seed.url);
    await waitForViewer(page);
    const isolated = await page.evaluate(() => {
      const g = window.newsgraphViewer.graph as { filterNodes(f: (k: string) => boolean): string[]; degree(k: string): number };
      return g.filterNodes((k) => g.degree(k) === 0);
    });
    expect(isolated.length).toBeGreaterThan(0);
    const box = page.locator('[data-filter="hideIsolated"] label');
    expect(await box.textContent()).toBe(`Hide them${isolated.length}`);
    // below everything else on screen
    const ys = await page.evaluate(() => {
      const r = window.newsgraphViewer.renderer as {
        getNodeDisplayData(k: string): { y: number };
        getGraph(): { nodes(): string[]; degree(k: string): number };
      };
      const g = r.getGraph();
      const split = { connected: [] as number[], alone: [] as number[] };
      for (const k of g.nodes()) (g.degree(k) ? split.connected : split.alone).push(r.getNodeDisplayData(k).y);
      return split;
    });
    // graph y grows upwards: the isolated rows have the smallest y
    expect(Math.max(...ys.alone)).toBeLessThan(Math.min(...ys.connected));
    const hidden = (key: string) =>
      page.evaluate(
        (key) => Boolean((window.newsgraphViewer.renderer as { getNodeDisplayData(k: string): { hidden: boolean } }).getNodeDisplayData(key).hidden),
        key,
      );
    await box.locator('input').check();
    await expect.poll(() => hidden(isolated[0]!)).toBe(true);
    expect(await hidden('person:vladimir-putin')).toBe(false);
    expect(page.url()).toContain('hideIsolated=1');
    expect(errors).toEqual([]);
  });

  it('draws no name over another, on the seed graph and on 1,000 crowded entities', async () => {
    const { generateGraph } = await import('../../src/bench/viewer.js');
    const crowded = join(tmp, 'crowded.json');
    writeFileSync(crowded, JSON.stringify(generateGraph(1_000)));
    for (const url of [seed.url, (await serve(crowded)).url]) {
      const { page, errors } = await openPage(url);
      expect(await waitForViewer(page)).toBeUndefined();
      await page.waitForTimeout(300);
      const labels = await page.evaluate(() => window.newsgraphViewer.drawnLabels!());
      expect(labels.length).toBeGreaterThan(5);
      for (let i = 0; i < labels.length; i++)
        for (let j = i + 1; j < labels.length; j++) {
          const [a, b] = [labels[i]!.box, labels[j]!.box];
          const overlap = a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
          expect(overlap, `${labels[i]!.label} / ${labels[j]!.label}`).toBe(false);
        }
      expect(errors).toEqual([]);
    }
  });

  it('hovering a node highlights its neighbourhood and fades the rest', async () => {
    const { page } = await openPage(seed.url);
    await waitForViewer(page);
    // an entity not linked to Putin, and the graph's colour for it
    const [far, farColor] = await page.evaluate(() => {
      const g = window.newsgraphViewer.graph as {
        nodes(): string[];
        areNeighbors(a: string, b: string): boolean;
        getNodeAttribute(n: string, a: string): string;
      };
      const key = g.nodes().find((n) => n !== 'person:vladimir-putin' && !g.areNeighbors(n, 'person:vladimir-putin'))!;
      return [key, g.getNodeAttribute(key, 'color')];
    });
    const p = await nodeOnScreen(page, 'person:vladimir-putin');
    await page.mouse.move(p.x, p.y);
    const colorOf = (key: string) =>
      page.evaluate((key) => (window.newsgraphViewer.renderer as { getNodeDisplayData(k: string): { color: string } }).getNodeDisplayData(key).color, key);
    await expect.poll(() => colorOf(far)).toBe('#e6e6e6');
    expect(await colorOf('charge:killer')).toBe(TYPE_COLORS.Charge);
    await page.mouse.move(2, 790);
    await expect.poll(() => colorOf(far)).toBe(farColor);
  });

  it('keeps filters in the URL, so a link reopens the same view', async () => {
    const { page, errors } = await openPage(seed.url);
    await waitForViewer(page);
    const hidden = (key: string) =>
      page.evaluate(
        (key) => Boolean((window.newsgraphViewer.renderer as { getNodeDisplayData(k: string): { hidden: boolean } }).getNodeDisplayData(key).hidden),
        key,
      );
    const charge = page.locator('[data-filter="hiddenTypes"] input[value="Charge"]');
    await charge.uncheck();
    await expect.poll(() => hidden('charge:killer')).toBe(true);
    expect(await hidden('person:vladimir-putin')).toBe(false);
    await openPutin(page);
    const url = page.url();
    expect(url).toMatch(/hideTypes=Charge/);
    expect(await page.locator('#panel section[data-predicate="accused_of"]').count()).toBe(0);

    const { page: again } = await openPage(url);
    await waitForViewer(again);
    expect(await again.locator('[data-filter="hiddenTypes"] input[value="Charge"]').isChecked()).toBe(false);
    await expect
      .poll(() =>
        again.evaluate(() =>
          Boolean((window.newsgraphViewer.renderer as { getNodeDisplayData(k: string): { hidden: boolean } }).getNodeDisplayData('charge:killer').hidden),
        ),
      )
      .toBe(true);
    expect(await again.locator('#panel h2').textContent()).toBe('Vladimir Putin');
    expect(errors).toEqual([]);
  });

  it("filters relations by date, keeps the range in the URL, and shows each sentence's date, outlet and link", async () => {
    const dated = await serve(join(ROOT, 'test/fixtures/query-dated.json'));
    const { page, errors } = await openPage(dated.url);
    expect(await waitForViewer(page)).toBeUndefined();
    const edgeHidden = (key: string) =>
      page.evaluate(
        (key) => Boolean((window.newsgraphViewer.renderer as { getEdgeDisplayData(k: string): { hidden: boolean } }).getEdgeDisplayData(key).hidden),
        key,
      );
    const recall = 'recalled_ambassador:country:norway->country:iran'; // happened 2024-03-14
    const later = 'recalled_ambassador:country:iran->country:sweden'; // 2024-03-20
    const since = page.locator('[data-testid="date-since"]');
    await expect.poll(() => since.count()).toBe(1);
    expect(await since.getAttribute('min')).toBe('2024-03-04');
    expect(await since.getAttribute('max')).toBe('2024-03-21');
    expect(await edgeHidden(recall)).toBe(false);
    await since.fill('2024-03-16');
    await expect.poll(() => edgeHidden(recall)).toBe(true);
    expect(await edgeHidden(later)).toBe(false);
    await expect.poll(() => page.url()).toContain('since=2024-03-16');
    await page.locator('[data-testid="date-until"]').fill('2024-03-19');
    await expect.poll(() => edgeHidden(later)).toBe(true);

    // the range survives a reload from the URL
    const { page: again } = await openPage(page.url());
    await waitForViewer(again);
    await expect.poll(() => again.locator('[data-testid="date-since"]').inputValue()).toBe('2024-03-16');
    expect(await again.locator('[data-testid="date-until"]').inputValue()).toBe('2024-03-19');
    expect(
      await again.evaluate(
        (k) => Boolean((window.newsgraphViewer.renderer as { getEdgeDisplayData(k: string): { hidden: boolean } }).getEdgeDisplayData(k).hidden),
        recall,
      ),
    ).toBe(true);
    // "All dates" clears it
    await again.locator('[data-testid="date-clear"]').click();
    await expect
      .poll(() =>
        again.evaluate(
          (k) => Boolean((window.newsgraphViewer.renderer as { getEdgeDisplayData(k: string): { hidden: boolean } }).getEdgeDisplayData(k).hidden),
          recall,
        ),
      )
      .toBe(false);
    expect(again.url()).not.toContain('since=');

    // the panel: each evidence sentence with its outlet, date, a link to the article, and the event's date
    await again.evaluate(() => (window.newsgraphViewer.select as (n: string) => void)('country:norway'));
    await again.waitForSelector('#panel:not([hidden])');
    const relation = again.locator(`#panel .relation[data-edge="${recall}"]`);
    const sources = await relation.locator('.source').allTextContents();
    expect(sources).toEqual([
      '— Iran accuses Norway of espionage as envoy row deepens · The Fjord Herald · 2024-03-21 · article',
      '— Norway recalls its ambassador to Iran · Nordic Wire · 2024-03-15 · article',
    ]);
    expect(await relation.locator('.source a.article-link').nth(1).getAttribute('href')).toBe('https://news.example/world/norway-recalls-envoy');
    expect(await relation.locator('.event').allTextContents()).toEqual(['event: 2024-03-14 (on Thursday)']);
    expect(await relation.locator('.details').textContent()).toContain('date: 2024-03-14');
    expect(errors).toEqual([]);
  });

  it('runs ForceAtlas2 live in a worker and stops it', async () => {
    const { page, errors } = await openPage(seed.url);
    await waitForViewer(page);
    const position = () =>
      page.evaluate(() =>
        (window.newsgraphViewer.graph as { getNodeAttributes(k: string): { x: number; y: number } }).getNodeAttributes('person:vladimir-putin'),
      );
    const before = await position();
    await page.click('#layout');
    expect(await page.locator('#layout').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(position).not.toEqual(before);
    await page.click('#layout');
    expect(await page.locator('#layout').textContent()).toBe('Run layout');
    const stopped = await position();
    await page.waitForTimeout(300);
    expect(await position()).toEqual(stopped);
    expect(errors).toEqual([]);
  });

  it('exports the view as a PNG', async () => {
    const { page } = await openPage(seed.url);
    await waitForViewer(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    expect(download.suggestedFilename()).toBe('newsgraph.png');
    const file = join(tmp, 'export.png');
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it('the --html file works from file:// with nothing fetched', async () => {
    const out = join(tmp, 'graph.html');
    writeViewerHtml(SEED_GRAPH, out, viewerDir);
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    pages.push(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(out).href);
    expect(await waitForViewer(page)).toBeUndefined();
    const pixels = await countPixels(browser, await page.locator('#sigma').screenshot(), [TYPE_COLORS.Person!]);
    expect(pixels.colors[TYPE_COLORS.Person!]).toBeGreaterThan(50);
    await openPutin(page);
    expect(await page.locator('#panel section[data-predicate="accused_of"] blockquote').first().textContent()).toMatch(/killer/);
    expect(page.url()).toContain('#node=person%3Avladimir-putin');
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('large graphs: plain lines and no edge labels when seen whole, arrows and labels when zoomed in', async () => {
    const { generateGraph } = await import('../../src/bench/viewer.js');
    const path = join(tmp, 'large.json');
    writeFileSync(path, JSON.stringify(generateGraph(7_000)));
    const server = await serve(path);
    const { page, errors } = await openPage(server.url);
    expect(await waitForViewer(page)).toBeUndefined();
    const detail = () =>
      page.evaluate(() => {
        const r = window.newsgraphViewer.renderer as { getEdgeDisplayData(e: string): { type: string }; getSetting(s: string): unknown };
        return { type: r.getEdgeDisplayData('r0-0').type, labels: r.getSetting('renderEdgeLabels') };
      });
    expect(await detail()).toEqual({ type: 'line', labels: false });
    await page.evaluate(() => (window.newsgraphViewer.renderer as { getCamera(): { setState(s: object): void } }).getCamera().setState({ ratio: 0.2 }));
    await expect.poll(detail, { timeout: 30_000 }).toEqual({ type: 'arrow', labels: true });
    await page.fill('#search', 'Entity 6999');
    await page.locator('#search-results li').first().click();
    expect(await page.locator('#panel h2').textContent()).toBe('Entity 6999');
    expect(errors).toEqual([]);
  });

  describe('hostile article text', () => {
    const checkPage = async (page: Page, errors: string[]) => {
      expect(await waitForViewer(page)).toBeUndefined();
      await page.fill('#search', 'evil');
      expect(await page.locator('#search-results li').first().textContent()).toContain('Evil <img src=x onerror="window.__xss=3"> Person');
      await page.fill('#search', '<img');
      await page.locator('#search-results li').first().click();
      const panel = await page.locator('#panel').textContent();
      expect(panel).toContain('<img src=x onerror="window.__xss=1">');
      await page.evaluate(() => (window.newsgraphViewer.select as (k: string) => void)('person:vladimir-putin'));
      const accused = page.locator('#panel section[data-predicate="accused_of"]');
      expect(await accused.textContent()).toContain('<script>window.__xss=5</script></script><script>window.__xss=6</script>');
      expect(await accused.locator('mark').first().textContent()).toBe('branded');
      expect(await accused.textContent()).toContain('<img src=x onerror="window.__xss=10">Title</script>');
      await page.evaluate(() => (window.newsgraphViewer.select as (k: string) => void)('person:"><img src=x onerror=window.__xss=2>'));
      expect(await page.locator('#panel').textContent()).toContain('<img src=x onerror=window.__xss=9>');
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => window.__xss)).toBeUndefined();
      // no element came from the text: the only images are none, the only scripts are the page's own
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.locator('#panel script, #filters script, #search-results script, #panel b, #filters b').count()).toBe(0);
      expect(errors).toEqual([]);
    };

    it('served', async () => {
      const server = await serve(hostileGraph());
      const { page, errors } = await openPage(server.url);
      await checkPage(page, errors);
    });

    it('in the --html file', async () => {
      const out = join(tmp, 'hostile.html');
      writeViewerHtml(hostileGraph(), out, viewerDir);
      const { page, errors } = await openPage(pathToFileURL(out).href);
      await checkPage(page, errors);
    });
  });

  describe('bad graphs show a readable notice instead of a blank canvas', () => {
    it('an empty graph', async () => {
      const path = join(tmp, 'empty.json');
      writeFileSync(
        path,
        JSON.stringify({
          attributes: { schemaVersion: 1, documents: [] },
          options: { type: 'directed', multi: true, allowSelfLoops: true },
          nodes: [],
          edges: [],
        }),
      );
      const server = await serve(path);
      const { page } = await openPage(server.url);
      expect(await waitForViewer(page)).toMatch(/This graph is empty/);
      expect(await page.locator('#notice').isVisible()).toBe(true);
      expect(await page.locator('#notice').textContent()).toMatch(/newsgraph build/);
    });

    it('a graph file that became invalid after the server started', async () => {
      const path = join(tmp, 'later-broken.json');
      writeFileSync(path, readFileSync(FIXTURE));
      const server = await serve(path);
      writeFileSync(path, '{"nodes": [');
      const { page } = await openPage(server.url);
      expect(await waitForViewer(page)).toMatch(/not valid JSON/);
      writeFileSync(path, JSON.stringify({ attributes: { schemaVersion: 1 }, nodes: [{ key: 'a' }], edges: [{ source: 'a', target: 'b' }] }));
      await page.reload();
      expect(await waitForViewer(page)).toMatch(/damaged/);
    });
  });
});
