// Bench section `viewer`: time from navigation to the first rendered frame, for the viewer and for a bare sigma
// page drawing the same generated graph (1,000, 10,000 and 50,000 nodes, 3 edges per node), in the same run
// and the same headless chromium; a pan + search check on the largest graph; ForceAtlas2 time for 10,000 nodes.
// Headless chromium draws WebGL in software here, so only the ratio viewer / bare says much.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { ENTITY_TYPES, PREDICATES, PREDICATE_NAMES, SCHEMA_VERSION, type GraphExport } from '../graph/schema.js';
import { computeLayout, initialPositions, layoutIterations } from '../layout/index.js';
import { packageFile } from '../paths.js';
import { startViewerServer } from '../cli/view.js';
import { median, type BenchContext, type BenchSection } from './section.js';
import { seededRandom } from '../random.js';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.js';

/** graph sizes and page loads per page (the largest loads take ~25 s each here) */
const SIZES: { nodes: number; runs: number }[] = process.env.NEWSGRAPH_BENCH_VIEWER_SIZES
  ? // a quick check: NEWSGRAPH_BENCH_VIEWER_SIZES=1000:1,5000:1
    process.env.NEWSGRAPH_BENCH_VIEWER_SIZES.split(',').map((s) => ({ nodes: Number(s.split(':')[0]), runs: Number(s.split(':')[1] ?? 1) }))
  : [
      { nodes: 1_000, runs: 5 },
      { nodes: 10_000, runs: 3 },
      { nodes: 50_000, runs: 2 },
    ];
const FA2_RUNS = 1;
const TARGET_RATIO = 1.25;

/** A graph.json shaped like the build's: typed entities with aliases and documents, cited edges, stored positions. */
export function generateGraph(nodes: number, edgesPerNode = 3, seed = 42): GraphExport {
  const random = seededRandom(seed);
  const docCount = 20;
  const keys = Array.from({ length: nodes }, (_, i) => `entity:${i}`);
  const positions = initialPositions(keys);
  const documents = Array.from({ length: docCount }, (_, d) => ({
    id: `doc-${d}.txt`,
    path: `bench/doc-${d}.txt`,
    title: `Generated article ${d}`,
    sha256: '',
    chars: 10_000,
  }));
  const data: GraphExport = {
    attributes: { schemaVersion: SCHEMA_VERSION, documents },
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes: keys.map((key, i) => ({
      key,
      attributes: {
        label: `Entity ${i}`,
        type: ENTITY_TYPES[i % ENTITY_TYPES.length]!,
        aliases: [`E${i}`],
        mentions: 1 + (i % 7),
        docs: [documents[i % docCount]!.id],
        ...positions[key]!,
      },
    })),
    edges: [],
  };
  for (let i = 0; i < nodes; i++) {
    for (let k = 0; k < edgesPerNode; k++) {
      const target = Math.floor(random() * nodes);
      const predicate = PREDICATE_NAMES[Math.floor(random() * PREDICATE_NAMES.length)]!;
      const doc = documents[(i + k) % docCount]!.id;
      const text = `Entity ${i} ${PREDICATES[predicate].label} Entity ${target}.`;
      data.edges.push({
        key: `r${i}-${k}`,
        source: keys[i]!,
        target: keys[target]!,
        attributes: {
          predicate,
          label: PREDICATES[predicate].label,
          confidence: 0.8,
          evidence: [{ doc, start: 0, end: text.length, text }],
          ruleId: 'bench.generated',
        },
      });
    }
  }
  return data;
}

interface Chromium {
  launch(options: { executablePath: string; args: string[] }): Promise<Browser>;
}
interface Browser {
  newContext(options: { viewport: { width: number; height: number } }): Promise<Context>;
  close(): Promise<void>;
}
interface Context {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
interface Page {
  on(event: 'pageerror', fn: (e: Error) => void): void;
  goto(url: string): Promise<unknown>;
  waitForFunction<A>(fn: (arg: A) => unknown, arg: A, options?: { timeout: number }): Promise<unknown>;
  evaluate<T, A>(fn: (arg: A) => T, arg: A): Promise<T>;
  fill(selector: string, value: string, options?: { timeout: number }): Promise<void>;
  click(selector: string, options?: { timeout: number }): Promise<void>;
  waitForSelector(selector: string, options?: { timeout: number }): Promise<unknown>;
  textContent(selector: string): Promise<string | null>;
  mouse: {
    move(x: number, y: number, o?: { steps: number }): Promise<void>;
    down(): Promise<void>;
    up(): Promise<void>;
    wheel(dx: number, dy: number): Promise<void>;
  };
}

const HANDLES = { viewer: 'newsgraphViewer', bare: 'bareSigma' } as const;
type PageKind = keyof typeof HANDLES;
interface PageHandle {
  firstFrame?: number;
  notice?: string;
  error?: string;
}
// run inside the page (functions, not strings: the viewer's CSP forbids eval)
const settled = (name: string) => {
  const h = (globalThis as unknown as Record<string, PageHandle | undefined>)[name];
  return Boolean(h && (h.firstFrame !== undefined || h.notice !== undefined || h.error !== undefined));
};

/** Opens a fresh context (no cache), navigates and returns performance.now() at the first rendered frame. */
async function firstFrame(browser: Browser, url: string, kind: PageKind, then?: (page: Page) => Promise<void>): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.waitForFunction(settled, HANDLES[kind], { timeout: 180_000 });
    const result = (await page.evaluate((name) => {
      const h = (globalThis as unknown as Record<string, PageHandle>)[name]!;
      return { firstFrame: h.firstFrame, notice: h.notice, error: h.error };
    }, HANDLES[kind])) as PageHandle;
    if (result.firstFrame === undefined || errors.length)
      throw new Error(`bench viewer: ${kind} page failed: ${result.notice ?? result.error ?? errors.join('; ')}`);
    await then?.(page);
    return result.firstFrame;
  } finally {
    await context.close();
  }
}

/** On the largest graph, in a loaded viewer page: pan, zoom, search and open a node; collects page errors. */
async function exercise(page: Page, nodes: number): Promise<{ ok: boolean; errors: string[]; searchMs: number }> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.mouse.move(600, 400);
    await page.mouse.down();
    await page.mouse.move(750, 480, { steps: 5 });
    await page.mouse.up();
    await page.mouse.wheel(0, -300);
    const target = `Entity ${nodes - 1}`;
    // the search itself, timed inside the page (first use builds the index); typing through playwright would
    // also time the software-GL redraws the pan and zoom left queued
    const searchMs = await page.evaluate((query) => {
      const doc = (
        globalThis as unknown as { document: { querySelector(s: string): { value: string; dispatchEvent(e: unknown): void; childElementCount: number } } }
      ).document;
      const Ev = (globalThis as unknown as { Event: new (type: string) => unknown }).Event;
      const input = doc.querySelector('#search');
      const t0 = performance.now();
      input.value = query;
      input.dispatchEvent(new Ev('input'));
      if (!doc.querySelector('#search-results').childElementCount) return NaN;
      return Math.round(performance.now() - t0);
    }, target);
    await page.fill('#search', target, { timeout: 120_000 });
    await page.waitForSelector('#search-results li', { timeout: 120_000 });
    await page.click('#search-results li', { timeout: 120_000 });
    await page.waitForSelector('#panel:not([hidden])', { timeout: 120_000 });
    const label = await page.textContent('#panel h2');
    if (label !== target) errors.push(`search for '${target}' opened '${label}'`);
    return { ok: errors.length === 0, errors, searchMs };
  } catch (e) {
    errors.push((e as Error).message.split('\n')[0]!);
    return { ok: false, errors, searchMs: NaN };
  }
}

async function buildPages(dir: string): Promise<{ viewer: string; bare: string }> {
  const { build } = await import('vite');
  const configFile = packageFile('viewer/vite.config.ts');
  const viewer = join(dir, 'viewer');
  const bare = join(dir, 'bare');
  await build({ configFile, mode: 'production', logLevel: 'error', build: { outDir: viewer, emptyOutDir: true } });
  await build({ configFile, mode: 'bench', logLevel: 'error', build: { outDir: bare, emptyOutDir: true } });
  return { viewer, bare };
}

function timeForceAtlas2(nodes: number, runs: number): { nodes: number; edges: number; iterations: number; medianMs: number; runsMs: number[] } {
  const data = generateGraph(nodes);
  const graph = new MultiDirectedGraph();
  graph.import(data as never);
  const runsMs: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    computeLayout(graph);
    runsMs.push(Math.round(performance.now() - t0));
  }
  return { nodes, edges: graph.size, iterations: layoutIterations(nodes), medianMs: median(runsMs), runsMs };
}

export const viewerBench: BenchSection = {
  key: 'viewer',
  async run({ log }: BenchContext) {
    if (!existsSync(CHROMIUM)) {
      log(`viewer: skipped, no chromium at ${CHROMIUM} (apt-get install -y chromium)`);
      return undefined;
    }
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-bench-viewer-'));
    const { chromium } = (await import('playwright-core')) as unknown as { chromium: Chromium };
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const pages = await buildPages(dir);
      const firstFrameMs: Record<string, unknown> = {};
      let large: Awaited<ReturnType<typeof exercise>> | undefined = undefined as Awaited<ReturnType<typeof exercise>> | undefined;
      for (const { nodes, runs } of SIZES) {
        const graphPath = join(dir, `graph-${nodes}.json`);
        writeFileSync(graphPath, JSON.stringify(generateGraph(nodes)));
        const viewerServer = await startViewerServer({ graphPath, viewerDir: pages.viewer, port: 0 });
        const bareServer = await startViewerServer({ graphPath, viewerDir: pages.bare, port: 0 });
        const largest = nodes === SIZES[SIZES.length - 1]!.nodes;
        try {
          const times: Record<PageKind, number[]> = { viewer: [], bare: [] };
          for (let r = 0; r < runs; r++) {
            // alternate which page goes first, so neither always gets the warmer machine
            const order: PageKind[] = r % 2 ? ['bare', 'viewer'] : ['viewer', 'bare'];
            for (const kind of order) {
              const url = kind === 'viewer' ? viewerServer.url : bareServer.url;
              // after the last timed viewer load of the largest graph: pan, zoom and search in that same page
              const then =
                largest && kind === 'viewer' && r === runs - 1
                  ? async (page: Page) => {
                      large = await exercise(page, nodes);
                    }
                  : undefined;
              times[kind].push(Math.round(await firstFrame(browser, url, kind, then)));
            }
          }
          const viewer = median(times.viewer);
          const bare = median(times.bare);
          const ratio = Math.round((viewer / bare) * 100) / 100;
          firstFrameMs[String(nodes)] = {
            nodes,
            edges: nodes * 3,
            runs,
            viewerMedianMs: viewer,
            bareSigmaMedianMs: bare,
            ratio,
            withinTarget: ratio <= TARGET_RATIO,
            viewerRunsMs: times.viewer,
            bareSigmaRunsMs: times.bare,
          };
          log(
            `viewer: ${nodes} nodes, ${nodes * 3} edges: first frame viewer ${viewer} ms, bare sigma ${bare} ms (×${ratio}, target ≤ ×${TARGET_RATIO}); medians of ${runs}`,
          );
          if (large)
            log(
              `viewer: ${nodes} nodes: pan, zoom, search and open ${large.ok ? 'without errors' : `FAILED: ${large.errors.join('; ')}`} (search over labels and aliases: ${large.searchMs} ms in the page, first use)`,
            );
        } finally {
          await viewerServer.close();
          await bareServer.close();
        }
      }
      const fa2 = timeForceAtlas2(10_000, FA2_RUNS);
      log(
        `viewer: ForceAtlas2 on ${fa2.nodes} nodes, ${fa2.edges} edges (${fa2.iterations} iterations, Barnes-Hut): ${fa2.medianMs} ms (${FA2_RUNS} run${FA2_RUNS > 1 ? 's' : ''})`,
      );
      return {
        note: 'headless chromium, WebGL in software (SwiftShader): absolute times are far above a GPU; compare viewer with bare sigma',
        targetRatio: TARGET_RATIO,
        firstFrameMs,
        largeGraph: large && { nodes: SIZES[SIZES.length - 1]!.nodes, ok: large.ok, errors: large.errors, searchMs: large.searchMs },
        forceAtlas2: fa2,
      };
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
