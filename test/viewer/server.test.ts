import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineViewerHtml, jsonForScript, resolveStaticPath, startViewerServer, writeViewerHtml, type ViewerServer } from '../../src/cli/view.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(ROOT, 'test/fixtures/viewer-graph.json');

// a stand-in for viewer/dist: the server does not care what the page is
const viewerDir = mkdtempSync(join(tmpdir(), 'newsgraph-viewer-'));
mkdirSync(join(viewerDir, 'assets'));
writeFileSync(
  join(viewerDir, 'index.html'),
  '<!doctype html><html><head><title>t</title></head><body><script type="module" crossorigin src="./assets/index.js"></script></body></html>',
);
writeFileSync(join(viewerDir, 'assets/index.js'), 'document.title = "</script><!-- ok";');

function get(
  port: number,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    // node's http client sends the path as given: '../' reaches the server unnormalised
    const req = request({ host: '127.0.0.1', port, path, method, headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('resolveStaticPath', () => {
  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/index.js', 'assets/index.js'],
    ['/assets/index.js?v=1', 'assets/index.js'],
    ['/../package.json', null],
    ['/assets/../../package.json', null],
    ['/%2e%2e/package.json', null],
    ['/%2E%2E%2Fpackage.json', null],
    ['/..%5cpackage.json', null],
    ['/assets/%00.js', null],
    ['/%E0%A4%A', null],
    ['//etc/passwd', join('etc', 'passwd')],
  ])('%s → %s', (url, expected) => {
    const got = resolveStaticPath('/srv/viewer', url);
    expect(got).toBe(expected === null ? null : join('/srv/viewer', expected));
  });
});

describe('the viewer server on a directory', () => {
  it('serves the graph.json that build --out wrote into it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-graphdir-'));
    writeFileSync(join(dir, 'graph.json'), readFileSync(FIXTURE));
    const server = await startViewerServer({ graphPath: dir, viewerDir, port: 0 });
    try {
      expect(server.nodes).toBe(12);
      const r = await get(server.port, '/graph.json');
      expect(r.status).toBe(200);
      expect(r.body).toBe(readFileSync(FIXTURE, 'utf8'));
    } finally {
      await server.close();
    }
  });
});

describe('the viewer server', () => {
  let server: ViewerServer;
  beforeAll(async () => {
    server = await startViewerServer({ graphPath: FIXTURE, viewerDir, port: 0 });
  });
  afterAll(() => server.close());

  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect([server.nodes, server.edges]).toEqual([12, 13]);
  });

  it('serves the page, its assets and the graph', async () => {
    const page = await get(server.port, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect((await get(server.port, '/assets/index.js')).headers['content-type']).toMatch(/javascript/);
    const graph = await get(server.port, '/graph.json');
    expect(graph.status).toBe(200);
    expect(JSON.parse(graph.body).nodes).toHaveLength(12);
  });

  it.each(['/../package.json', '/../../etc/passwd', '/assets/../../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/missing.js'])(
    '%s → 404',
    async (path) => {
      const res = await get(server.port, path);
      expect(res.status).toBe(404);
      expect(res.body).not.toContain('"name"');
    },
  );

  it('refuses other methods and foreign Host headers', async () => {
    expect((await get(server.port, '/', {}, 'POST')).status).toBe(405);
    expect((await get(server.port, '/graph.json', { Host: 'evil.example:80' })).status).toBe(403);
    expect((await get(server.port, '/', { Host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('reports a port in use in one line', async () => {
    await expect(startViewerServer({ graphPath: FIXTURE, viewerDir, port: server.port })).rejects.toThrow(
      new RegExp(`^view: port ${server.port} on 127.0.0.1 is already in use: pass another with --port N`),
    );
  });

  it.each([
    ['missing', join(viewerDir, 'nope.json'), /graph file not found/],
    ['not JSON', join(viewerDir, 'index.html'), /is not JSON/],
    ['not a graph', join(ROOT, 'package.json'), /not a newsgraph graph/],
  ])('rejects a %s graph file before listening', async (_name, graphPath, message) => {
    await expect(startViewerServer({ graphPath, viewerDir, port: 0 })).rejects.toThrow(message);
  });

  it('says how to build the viewer when it is missing', async () => {
    await expect(startViewerServer({ graphPath: FIXTURE, viewerDir: join(viewerDir, 'nothing'), port: 0 })).rejects.toThrow(/npm run build:viewer/);
  });
});

describe('--html', () => {
  it('embeds JSON so that no text can close the script element', () => {
    const json = JSON.stringify({ t: '</script><script>alert(1)</script><!-- & \u2028' });
    const safe = jsonForScript(json);
    expect(safe).not.toMatch(/<|>|\u2028/);
    expect(JSON.parse(safe)).toEqual(JSON.parse(json));
  });

  it('inlines the script bundle and the graph into one page', () => {
    const html = inlineViewerHtml(
      readFileSync(join(viewerDir, 'index.html'), 'utf8'),
      (src) => readFileSync(join(viewerDir, src), 'utf8'),
      JSON.stringify({ text: "$' $& </script>" }),
    );
    expect(html).not.toContain('src="./assets/index.js"');
    expect(html).toContain('<script type="module">document.title = "<\\/script><\\!-- ok";</script>');
    const data = /<script id="newsgraph-data" type="application\/json">(.*?)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(data)).toEqual({ text: "$' $& </script>" });
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });

  it('writes the file atomically and refuses a bad graph without leaving a file', () => {
    const out = join(viewerDir, 'out.html');
    const { nodes, edges } = writeViewerHtml(FIXTURE, out, viewerDir);
    expect([nodes, edges]).toEqual([12, 13]);
    expect(readFileSync(out, 'utf8')).toContain('person:vladimir-putin');
    const bad = join(viewerDir, 'bad.html');
    expect(() => writeViewerHtml(join(viewerDir, 'nope.json'), bad, viewerDir)).toThrow(/graph file not found/);
    expect(() => readFileSync(bad)).toThrow();
  });
});

describe('newsgraph view (the command)', () => {
  const cli = join(ROOT, 'dist/cli/main.js');
  const run = (args: string[]) => spawn(process.execPath, [cli, 'view', ...args], { env: { ...process.env, NEWSGRAPH_VIEWER_DIR: viewerDir } });
  const collect = (child: ReturnType<typeof run>) => {
    const out = { stdout: '', stderr: '' };
    child.stdout!.on('data', (c) => (out.stdout += c));
    child.stderr!.on('data', (c) => (out.stderr += c));
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return { out, exit };
  };

  it('serves until SIGINT, then stops cleanly with exit code 0', async () => {
    const child = run(['--graph', FIXTURE, '--port', '0']);
    const { out, exit } = collect(child);
    while (!/http:\/\/127\.0\.0\.1:(\d+)\//.test(out.stdout)) await new Promise((r) => setTimeout(r, 50));
    const port = Number(/127\.0\.0\.1:(\d+)/.exec(out.stdout)![1]);
    expect((await get(port, '/graph.json')).status).toBe(200);
    child.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(out.stdout).toContain('newsgraph viewer stopped');
    await expect(get(port, '/')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('reports a port in use, a missing graph and a bad port in one line each', async () => {
    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const port = (blocker.address() as { port: number }).port;
    const cases: [string[], RegExp, number][] = [
      [['--graph', FIXTURE, '--port', String(port)], new RegExp(`^newsgraph: view: port ${port} on 127.0.0.1 is already in use`), 1],
      [
        ['--graph', join(viewerDir, 'nope.json')],
        /^newsgraph: graph file not found: .*nope\.json \(build one with 'newsgraph build ARTICLES --out DIR', or pass --graph FILE or DIR\)$/,
        1,
      ],
      [['--graph', FIXTURE, '--port', 'http'], /^newsgraph: view: --port must be a number/, 2],
    ];
    for (const [args, message, code] of cases) {
      const { out, exit } = collect(run(args));
      expect(await exit).toBe(code);
      expect(out.stderr.trim().split('\n')).toHaveLength(1);
      expect(out.stderr.trim()).toMatch(message);
    }
    blocker.close();
  });

  it('writes --html and says where', async () => {
    const out = join(viewerDir, 'cli.html');
    const { out: o, exit } = collect(run(['--graph', FIXTURE, '--html', out]));
    expect(await exit).toBe(0);
    expect(o.stdout).toMatch(/^wrote .*cli\.html \(12 entities, 13 relations/);
    expect(readFileSync(out, 'utf8')).toContain('newsgraph-data');
  });
});
