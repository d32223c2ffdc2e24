// The graph contract of ../shared/spec/graph-schema.md as TypeScript types and one table of predicates.
// Everything that reads or writes graph/graph.json (build, query, viewer, exports) imports from here.
import type { SerializedGraph } from 'graphology-types';

export const SCHEMA_VERSION = 1;

export const ENTITY_TYPES = ['Person', 'Country', 'Organization', 'Location', 'Charge'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Evidence {
  /** document id (its file name) */
  doc: string;
  /** character offsets of the supporting sentence in the document, end exclusive */
  start: number;
  end: number;
  /** the sentence's exact text: doc.text.slice(start, end) */
  text: string;
  /** offsets, inside the document, of the words that triggered the rule (for highlighting) */
  trigger?: [number, number];
  /** the document's publication day (YYYY-MM-DD), when known */
  date?: string;
  /**
   * when the sentence dates the event: its date as a time value ("2024-03-14", "2024-03", "1994",
   * "2024-03-04/2024-03-10" for a week), resolved against the document's date; the words that gave it
   * ("on Thursday", "last week") and the id of the rule that read them (src/pipeline/time/expressions.ts)
   */
  eventDate?: string;
  eventText?: string;
  eventRule?: string;
}

export interface NodeAttributes {
  label: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  docs: string[];
  /** layout written by the build (ForceAtlas2), so viewers start from a stable picture */
  x?: number;
  y?: number;
}

export interface EdgeAttributes {
  predicate: Predicate;
  label: string;
  confidence: number;
  evidence: Evidence[];
  /** id of the rule that produced the edge (see src/pipeline/rules); the first when several did */
  ruleId: string;
  /** every rule that found evidence for the edge */
  rules?: string[];
  negated?: boolean;
  cameo?: string;
  // predicate-specific attributes
  role?: string;
  former?: boolean;
  posted_to?: string;
  ambassador?: string;
  by?: string[];
  /** accused_of: the charge as worded; accuses: the Charge node's key */
  charge?: string;
  /** accuses: the Charge node's label */
  chargeLabel?: string;
  status?: 'planned' | 'imposed';
  /** annexed: the node key of the country the territory was taken from; holds_role: since when (a time value) */
  from?: string;
  /** holds_role: until when (a time value), where the text says so */
  until?: string;
  agreement?: string;
  /** the earliest and latest publication day among the evidence */
  firstSeen?: string;
  lastSeen?: string;
  /** the earliest event date among the evidence (a time value), when a sentence dates the event */
  date?: string;
}

export interface DocumentRecord {
  id: string;
  path: string;
  title: string;
  sha256: string;
  chars: number;
  /** publication day (YYYY-MM-DD): the file's metadata, else a dated dateline */
  date?: string;
  url?: string;
  /** the outlet: the metadata's, else the news agency of the dateline ("Reuters") */
  source?: string;
  author?: string;
  /** the dateline's place */
  place?: string;
}

export interface GraphAttributes {
  schemaVersion: number;
  documents: DocumentRecord[];
}

export type GraphExport = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface PredicateInfo {
  label: string;
  cameo?: string;
  symmetric?: boolean;
  core?: boolean;
}

/** Every predicate the extractor writes, with its human wording and CAMEO code. */
export const PREDICATES = {
  holds_role: { label: 'holds role', core: true },
  recalled_ambassador: { label: 'recalled ambassador from', cameo: '161', core: true },
  accused_of: { label: 'accused of', cameo: '112', core: true },
  offered_talks: { label: 'offered talks to', cameo: '036' },
  rejected_talks: { label: 'rejected talks with', cameo: '125' },
  threatened: { label: 'threatened', cameo: '130' },
  criticized: { label: 'criticized', cameo: '111' },
  sanctioned: { label: 'sanctioned', cameo: '163' },
  annexed: { label: 'annexed' },
  expelled_diplomats: { label: 'expelled diplomats of', cameo: '174' },
  summoned_ambassador: { label: 'summoned ambassador of' },
  spoke_with: { label: 'spoke with', cameo: '040', symmetric: true },
  met_with: { label: 'met with', cameo: '040', symmetric: true },
  signed_agreement: { label: 'signed agreement with', cameo: '057', symmetric: true },
  travels_to: { label: 'travels to', cameo: '042' },
  // ties that the extraction reads from names and data, not events: "the Russian Foreign Ministry", "White
  // House" → United States; a city → its country
  part_of: { label: 'part of' },
  located_in: { label: 'located in' },
  // accuser → accused, one edge per accuser named on an accused_of edge (src/pipeline/graph.ts)
  accuses: { label: 'accused', cameo: '112' },
} as const satisfies Record<string, PredicateInfo>;

export type Predicate = keyof typeof PREDICATES;
export const PREDICATE_NAMES = Object.keys(PREDICATES) as Predicate[];

export function isPredicate(name: string): name is Predicate {
  return Object.hasOwn(PREDICATES, name);
}

// Edge attributes whose values are node keys (one key or a list of keys): shown by their labels, written as
// links where a format has them (RDF). `charge` is a key only on `accuses` edges (on `accused_of` it is the
// charge as worded); `from` only on `annexed` (on `holds_role` it is a date).
const NODE_REFERENCES_ALWAYS: readonly string[] = ['posted_to', 'ambassador', 'by'];
const NODE_REFERENCES_BY_PREDICATE: Readonly<Record<string, readonly string[]>> = { accuses: ['charge'], annexed: ['from'] };

/** Edge attributes that hold time values (src/pipeline/time/calendar.ts), for formats that type dates. */
export const DATE_ATTRIBUTES: readonly string[] = ['date', 'firstSeen', 'lastSeen', 'until'];

/** Whether an edge attribute of this predicate holds a time value (`from` does on holds_role). */
export function isDateAttribute(predicate: unknown, attribute: string): boolean {
  return DATE_ATTRIBUTES.includes(attribute) || (attribute === 'from' && predicate === 'holds_role');
}

/** Whether an edge attribute of this predicate holds node keys. */
export function isNodeReference(predicate: unknown, attribute: string): boolean {
  return (
    NODE_REFERENCES_ALWAYS.includes(attribute) || (typeof predicate === 'string' && (NODE_REFERENCES_BY_PREDICATE[predicate]?.includes(attribute) ?? false))
  );
}
