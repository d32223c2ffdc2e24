// `newsgraph view`: serves the Sigma viewer (viewer/dist) and the graph on 127.0.0.1, or writes one
// self-contained HTML file with --html. The server answers only its own files and graph.json.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { packageFile } from '../paths.js';
import { graphFileOf, graphPathOf, readGraphFile } from '../store/graph-file.js';
import { writeFileAtomic } from '../store/atomic.js';
import { parseCommandArgs } from './args.js';
import type { Command } from './command.js';

export const DEFAULT_PORT = 5180;
export const HOST = '127.0.0.1';
/** viewer/dist of this package; NEWSGRAPH_VIEWER_DIR points elsewhere (tests build the viewer into a temp dir). */
export const defaultViewerDir = () => process.env.NEWSGRAPH_VIEWER_DIR || packageFile('viewer/dist');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/** The file under `root` that a request path names, or null when it names nothing there (`..`, NUL, bad escapes). */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (!path.startsWith('/') || path.includes('\0') || path.includes('\\')) return null;
  if (path.split('/').some((segment) => segment === '..' || segment === '.')) return null;
  if (path.endsWith('/')) path += 'index.html';
  const base = resolve(root);
  const file = resolve(base, `.${path}`);
  return file.startsWith(base + sep) ? file : null;
}

export interface ViewerServerOptions {
  graphPath: string;
  /** the built viewer (viewer/dist) */
  viewerDir?: string;
  /** 0 picks a free port */
  port?: number;
}

export interface ViewerServer {
  url: string;
  port: number;
  /** entities and relations of the graph when the server started */
  nodes: number;
  edges: number;
  close(): Promise<void>;
}

function assertViewerBuilt(viewerDir: string): void {
  if (!existsSync(resolve(viewerDir, 'index.html')))
    throw new UserError(`the viewer is not built (${viewerDir}/index.html is missing): run 'npm run build:viewer'`);
}

/** Starts the static server on 127.0.0.1. The graph file is checked first and re-read on every request. */
export async function startViewerServer(options: ViewerServerOptions): Promise<ViewerServer> {
  const viewerDir = options.viewerDir ?? defaultViewerDir();
  assertViewerBuilt(viewerDir);
  const graphPath = graphFileOf(options.graphPath);
  const graph = readGraphFile(graphPath);
  const port = options.port ?? DEFAULT_PORT;
  let actualPort = port;

  const send = (res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      // defence in depth: the page builds its DOM from text only, and may load nothing from elsewhere
      'Content-Security-Policy':
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; worker-src blob:; connect-src 'self'; object-src 'none'; base-uri 'none'",
    });
    res.end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    // only pages opened as 127.0.0.1 or localhost: a foreign site that rebinds its DNS name here gets nothing
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    if (host !== HOST && host !== 'localhost') return send(res, 403, 'forbidden\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed\n');
    const url = req.url ?? '/';
    if (url.split('?')[0] === '/graph.json') {
      try {
        return send(res, 200, await readFile(graphPath), CONTENT_TYPES['.json']);
      } catch (e) {
        return send(res, 500, `cannot read the graph: ${(e as Error).message}\n`);
      }
    }
    const file = resolveStaticPath(viewerDir, url);
    if (!file) return send(res, 404, 'not found\n');
    try {
      const body = await readFile(file);
      return send(res, 200, body, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
    } catch {
      return send(res, 404, 'not found\n');
    }
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, 'internal error\n'));
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE')
        reject(new UserError(`view: port ${port} on ${HOST} is already in use: pass another with --port N (--port 0 picks a free one)`));
      else if (e.code === 'EACCES') reject(new UserError(`view: not allowed to listen on port ${port}: pass --port N with N above 1023`));
      else reject(e);
    });
    server.listen(port, HOST, () => {
      const address = server.address();
      if (address && typeof address === 'object') actualPort = address.port;
      resolveListen();
    });
  });
  return {
    url: `http://${HOST}:${actualPort}/`,
    port: actualPort,
    nodes: graph.order,
    edges: graph.size,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** JSON made safe inside a <script> element: no '<' (so no '</script>' or '<!--'), no line separators. */
export function jsonForScript(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** JavaScript made safe inside a <script> element (a '</script' in a string or regex would end it). */
export function scriptForInline(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * One self-contained page: the viewer's index.html with its script bundle inlined and the graph embedded as
 * JSON before it. `readAsset` returns the text of a file the page references (e.g. './assets/index.js').
 */
export function inlineViewerHtml(indexHtml: string, readAsset: (path: string) => string, graphJson: string): string {
  let scripts = 0;
  let html = indexHtml.replace(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)><\/script>/g, (_m, _before: string, src: string) => {
    scripts++;
    return `<script type="module">${scriptForInline(readAsset(src))}</script>`;
  });
  html = html.replace(
    /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g,
    (_m, href: string) => `<style>${readAsset(href).replace(/<\/(style)/gi, '<\\/$1')}</style>`,
  );
  html = html.replace(/\s*<link\b[^>]*\bdata-graph-preload\b[^>]*>/g, '');
  if (scripts !== 1) throw new Error(`viewer: expected one script in index.html, found ${scripts}`);
  const data = `<script id="newsgraph-data" type="application/json">${jsonForScript(graphJson)}</script>`;
  // the graph goes first, so the module script (deferred) finds it
  return html.replace('</head>', () => `${data}\n</head>`);
}

export function writeViewerHtml(graphPath: string, outFile: string, viewerDir = defaultViewerDir()): { nodes: number; edges: number; bytes: number } {
  assertViewerBuilt(viewerDir);
  const graph = readGraphFile(graphPath);
  const indexHtml = readFileSync(resolve(viewerDir, 'index.html'), 'utf8');
  const html = inlineViewerHtml(
    indexHtml,
    (src) => {
      const file = resolveStaticPath(viewerDir, `/${src.replace(/^\.?\//, '')}`);
      if (!file || !existsSync(file)) throw new UserError(`the viewer build is incomplete (${src} is missing): run 'npm run build:viewer'`);
      return readFileSync(file, 'utf8');
    },
    JSON.stringify(graph.export()),
  );
  writeFileAtomic(outFile, html);
  return { nodes: graph.order, edges: graph.size, bytes: Buffer.byteLength(html) };
}

function openBrowser(url: string): void {
  const [cmd, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => console.error(`newsgraph: could not open a browser (${cmd}): open ${url} yourself`));
    child.unref();
  } catch {
    console.error(`newsgraph: could not open a browser: open ${url} yourself`);
  }
}

export const viewCommand: Command = {
  name: 'view',
  summary: 'explore the graph in a browser (Sigma.js), or write it as one HTML file',
  usage: [
    'usage: newsgraph view [--graph FILE|DIR] [--port N] [--open]',
    '       newsgraph view [--graph FILE|DIR] --html FILE',
    '',
    '  --graph PATH  the graph to show: a graph.json or the directory build --out wrote it to',
    '                (default: $NEWSGRAPH_GRAPH, else graph/graph.json)',
    `  --port N      port on 127.0.0.1 (default: ${DEFAULT_PORT}; 0 picks a free one)`,
    '  --open        open the page in the default browser',
    '  --html FILE   write one self-contained HTML file (viewer and graph inlined) instead of serving',
    '',
    'The server listens on 127.0.0.1 only; stop it with Ctrl+C.',
  ].join('\n'),
  async run(argv) {
    const { values } = parseCommandArgs(
      'view',
      argv,
      { graph: { type: 'string' }, port: { type: 'string' }, open: { type: 'boolean' }, html: { type: 'string' } },
      false,
    );
    const graphPath = graphPathOf(values.graph);
    if (values.html !== undefined) {
      if (!values.html) throw new UserError('view: --html needs a file name, e.g. --html graph.html', 2);
      const { nodes, edges, bytes } = writeViewerHtml(graphPath, values.html);
      console.log(`wrote ${values.html} (${nodes} entities, ${edges} relations, ${Math.ceil(bytes / 1024)} KB): open it in a browser`);
      return 0;
    }
    let port = DEFAULT_PORT;
    if (values.port !== undefined) {
      port = Number(values.port);
      if (!/^\d+$/.test(values.port) || port > 65535) throw new UserError(`view: --port must be a number from 0 to 65535, not '${values.port}'`, 2);
    }
    const server = await startViewerServer({ graphPath, port });
    if (server.nodes === 0) console.error(`newsgraph: ${graphPath} has no entities: the page will say so (build from articles with 'newsgraph build')`);
    console.log(`newsgraph viewer: ${server.url}  (${server.nodes} entities, ${server.edges} relations; Ctrl+C to stop)`);
    if (values.open) openBrowser(server.url);
    await new Promise<void>((done) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void server.close().then(done);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    console.log('newsgraph viewer stopped');
    return 0;
  },
};
