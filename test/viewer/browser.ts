// Shared by the browser tests: build the viewer into a temp dir, drive Debian's chromium with playwright-core,
// and count the drawn pixels of a screenshot.
import type { ViewerHandle } from '../../viewer/src/main.js';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../../src/bench/chromium.js';

export { CHROMIUM, CHROMIUM_ARGS };

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const hasChromium = existsSync(CHROMIUM);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Builds viewer/ with its own vite config into a fresh temp dir (so tests never race over viewer/dist). */
export async function buildViewer(mode: 'production' | 'bench' = 'production'): Promise<string> {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), `newsgraph-viewer-${mode}-`));
  await build({ configFile: join(ROOT, 'viewer/vite.config.ts'), mode, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  return outDir;
}

export interface PixelCount {
  total: number;
  /** pixels that are not (near) white */
  drawn: number;
  /** pixels within a small distance of each asked colour */
  colors: Record<string, number>;
}

/** Counts drawn pixels in a PNG screenshot, decoding it in a blank page of the same browser. */
export async function countPixels(browser: Browser, png: Buffer, colors: string[] = []): Promise<PixelCount> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ({ b64, colors }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const { data } = ctx.getImageData(0, 0, img.width, img.height);
        const rgb = colors.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
        const counts = colors.map(() => 0);
        let drawn = 0;
        for (let i = 0; i < data.length; i += 4) {
          const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
          if (r < 245 || g < 245 || b < 245) drawn++;
          rgb.forEach(([cr, cg, cb], k) => {
            if (Math.abs(r - cr!) + Math.abs(g - cg!) + Math.abs(b - cb!) < 30) counts[k]!++;
          });
        }
        return { total: data.length / 4, drawn, colors: Object.fromEntries(colors.map((c, k) => [c, counts[k]!])) };
      },
      { b64: png.toString('base64'), colors },
    );
  } finally {
    await page.close();
  }
}

/** Waits until the viewer drew its first frame or showed a notice; returns the notice, if any. */
export async function waitForViewer(page: Page): Promise<string | undefined> {
  await page.waitForFunction(() => window.newsgraphViewer?.firstFrame !== undefined || window.newsgraphViewer?.notice !== undefined, null, {
    timeout: 60_000,
  });
  return page.evaluate(() => window.newsgraphViewer.notice);
}

// the viewer's own handle (viewer/src/main.ts), as the page exposes it
declare global {
  interface Window {
    newsgraphViewer: ViewerHandle;
    __xss?: unknown;
  }
}
