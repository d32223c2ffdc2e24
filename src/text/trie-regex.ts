// A regular-expression alternation built as a character trie: "prime minister|president|premier" becomes
// "pr(?:ime minister|e(?:sident|mier))". V8 tries the alternatives of a flat alternation one by one at every
// position; a trie decides on each character once, which keeps rules with long word lists (roles) cheap.
const escapeRegex = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

export function trieAlternation(words: string[], escapeChar: (c: string) => string = escapeRegex): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const w of words) {
    let node = root;
    for (const c of w) {
      if (!node.next.has(c)) node.next.set(c, { end: false, next: new Map() });
      node = node.next.get(c)!;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.next.keys()].sort().map((c) => escapeChar(c) + emit(node.next.get(c)!));
    if (!branches.length) return '';
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    // a word that ends here may also go on: longer words first (greedy), then the end
    return node.end ? `(?:${body})?` : body;
  };
  return `(?:${emit(root)})`;
}
