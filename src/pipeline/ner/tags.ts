// BILOU tags over the four CoNLL classes (Begin, Inside, Last, Outside, Unit), the transitions between them that
// can be part of a well-formed span sequence, and the conversions between tag sequences and spans.

export type NerClass = 'PER' | 'LOC' | 'ORG' | 'MISC';
export const NER_CLASSES: readonly NerClass[] = ['PER', 'LOC', 'ORG', 'MISC'];

type Part = 'B' | 'I' | 'L' | 'U';
const PARTS: readonly Part[] = ['B', 'I', 'L', 'U'];

/** Tag 0 is O; tag 1 + 4·class + part is that part of that class. */
export const TAGS: readonly string[] = ['O', ...NER_CLASSES.flatMap((c) => PARTS.map((p) => `${p}-${c}`))];
export const TAG_COUNT = TAGS.length;
export const O = 0;

export const tagOf = (cls: NerClass, part: Part) => 1 + 4 * NER_CLASSES.indexOf(cls) + PARTS.indexOf(part);
export const classOf = (tag: number): NerClass | undefined => (tag === O ? undefined : NER_CLASSES[(tag - 1) >> 2]);
const partOf = (tag: number): Part | 'O' => (tag === O ? 'O' : PARTS[(tag - 1) & 3]!);

/** Whether `to` may follow `from` (from = -1: sentence start; to = -1: sentence end). */
export function allowedTransition(from: number, to: number): boolean {
  const open = from >= 0 && (partOf(from) === 'B' || partOf(from) === 'I'); // a span is open after B or I
  if (to < 0) return !open;
  const p = partOf(to);
  if (open) return (p === 'I' || p === 'L') && classOf(to) === classOf(from);
  return p === 'O' || p === 'B' || p === 'U';
}

export interface Span {
  first: number;
  /** exclusive */
  last: number;
  cls: NerClass;
}

/** Writes BILOU tags for `spans` into `tags` (which must be filled with O), offset by `base`. */
export function spansToTags(spans: Span[], tags: Uint8Array, base = 0): void {
  for (const s of spans) {
    const a = s.first - base;
    const b = s.last - base;
    if (b - a === 1) tags[a] = tagOf(s.cls, 'U');
    else {
      tags[a] = tagOf(s.cls, 'B');
      for (let i = a + 1; i < b - 1; i++) tags[i] = tagOf(s.cls, 'I');
      tags[b - 1] = tagOf(s.cls, 'L');
    }
  }
}

/** Reads spans back from a tag sequence; tolerant of ill-formed sequences (a lone I or L opens a span). */
export function tagsToSpans(tags: ArrayLike<number>, base = 0): Span[] {
  const spans: Span[] = [];
  let open: Span | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    const cls = classOf(t);
    const p = partOf(t);
    if (open && (cls !== open.cls || p === 'B' || p === 'U' || p === 'O')) {
      spans.push(open);
      open = null;
    }
    if (!cls) continue;
    if (!open) open = { first: base + i, last: base + i + 1, cls };
    else open.last = base + i + 1;
    if (p === 'L' || p === 'U') {
      spans.push(open);
      open = null;
    }
  }
  if (open) spans.push(open);
  return spans;
}
