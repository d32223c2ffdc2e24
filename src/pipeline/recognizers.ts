// The statistical recognisers run beside the word lists (see mentions/index.ts).
import type { NameRecognizer } from './mentions/index.js';

export function defaultRecognizers(): NameRecognizer[] {
  return [];
}
