// Builds the viewer into viewer/dist: one HTML page and one JavaScript bundle (no shared chunks), so
// `newsgraph view --html` can inline it into a single self-contained file.
// `--mode bench` builds instead the bare sigma page the benchmark compares the viewer against.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(({ mode }) => ({
  // the bench page is bench/index.html, built with bench/ as its root so it lands at the top of its outDir
  root: mode === 'bench' ? `${root}bench` : root,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: mode === 'bench' ? '../dist-bench' : 'dist',
    emptyOutDir: true,
    modulePreload: false,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: mode === 'bench' ? { bare: `${root}bench/index.html` } : { index: `${root}index.html` },
      output: { entryFileNames: 'assets/[name].js', assetFileNames: 'assets/[name][extname]', codeSplitting: false },
    },
  },
}));
