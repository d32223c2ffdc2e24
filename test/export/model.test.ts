// The attribute model every export declares: schema types where the values fit them, inferred types otherwise,
// so no attribute is dropped or mistyped.
import { describe, expect, it } from 'vitest';
import { EDGE_SCHEMA, NODE_SCHEMA, columnsOf, type Column } from '../../src/export/model.js';

describe('columnsOf', () => {
  it.each<[string, Record<string, unknown>[], readonly Column[], Column[]]>([
    [
      'schema order, absent attributes left out',
      [{ mentions: 2, label: 'A', type: 'Person' }],
      NODE_SCHEMA,
      [
        { name: 'label', type: 'string' },
        { name: 'type', type: 'string' },
        { name: 'mentions', type: 'integer' },
      ],
    ],
    [
      'a double column stays double when every value is a whole number',
      [{ confidence: 1 }, { confidence: 0 }],
      EDGE_SCHEMA,
      [{ name: 'confidence', type: 'double' }],
    ],
    ['a schema type the values break falls back to an inferred one', [{ mentions: 1.5 }], NODE_SCHEMA, [{ name: 'mentions', type: 'double' }]],
    ['mixed numbers and strings become json', [{ confidence: 0.5 }, { confidence: 'high' }], EDGE_SCHEMA, [{ name: 'confidence', type: 'json' }]],
    [
      'extras by name with inferred types',
      [{ zeta: true, alpha: ['a'], big: 2 ** 40, obj: { a: 1 }, n: 3 }, { n: 4 }],
      [],
      [
        { name: 'alpha', type: 'liststring' },
        { name: 'big', type: 'long' },
        { name: 'n', type: 'integer' },
        { name: 'obj', type: 'json' },
        { name: 'zeta', type: 'boolean' },
      ],
    ],
    ['null and undefined are absent values', [{ role: null, former: undefined, by: ['x'] }], EDGE_SCHEMA, [{ name: 'by', type: 'liststring' }]],
    ['a list with a non-string is json', [{ aliases: ['a', 1] }], NODE_SCHEMA, [{ name: 'aliases', type: 'json' }]],
  ])('%s', (_case, records, schema, expected) => {
    expect(columnsOf(records, schema)).toEqual(expected);
  });
});
