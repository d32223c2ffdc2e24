// The accuser's side of an accusation (issue 13): an `accuses` edge from each accuser an accused_of edge names
// to the accused, CAMEO 112, with the Charge node's key and label and the same evidence; the Charge node and
// the accused_of edge stay. The shell, exports and `why` then reach accusers like any other entity.
import { describe, expect, it } from 'vitest';
import { exportGraph, fileText } from '../../src/export/index.js';
import { runQuery, type QueryResult } from '../../src/query/index.js';
import { graphOf } from '../helpers/build-text.js';

const TRUDEAU = 'Canadian Prime Minister Justin Trudeau accused India of the killing of a Sikh leader.';
const rows = (r: QueryResult, title?: string) => (title === undefined ? r.tables[0]! : r.tables.find((t) => t.title === title)!).rows;

describe('accuses edges', () => {
  it('run from the accuser to the accused, with the charge and the evidence of the accusation', () => {
    const graph = graphOf(TRUDEAU);
    const accusation = graph.getEdgeAttributes('accused_of:country:india->charge:murder');
    const key = 'accuses:person:justin-trudeau->country:india#charge:murder';
    expect(graph.extremities(key)).toEqual(['person:justin-trudeau', 'country:india']);
    expect(graph.getEdgeAttributes(key)).toEqual({
      predicate: 'accuses',
      label: 'accused',
      cameo: '112',
      charge: 'charge:murder',
      chargeLabel: 'murder',
      confidence: accusation.confidence,
      evidence: accusation.evidence,
      ruleId: accusation.ruleId,
      rules: accusation.rules,
    });
    // the Charge node and the accused_of edge are kept
    expect(graph.getNodeAttribute('charge:murder', 'type')).toBe('Charge');
    expect(accusation.by).toEqual(['person:justin-trudeau']);
  });

  it('one per accuser; negated with the accusation; none when no accuser is named', () => {
    const two = graphOf('Poland and Lithuania accused Belarus of orchestrating the migrant crisis.');
    expect(two.filterEdges((_e, a) => a.predicate === 'accuses').map((e) => two.source(e))).toEqual(['country:lithuania', 'country:poland']);
    const denied = graphOf('Poland has not accused Belarus of orchestrating the migrant crisis.');
    expect(denied.filterEdges((_e, a) => a.predicate === 'accuses').map((e) => [e, denied.getEdgeAttribute(e, 'negated')])).toEqual([
      ['accuses:country:poland->country:belarus#charge:orchestrating-the-migrant-crisis!negated', true],
    ]);
    const anonymous = graphOf('There are allegations that Iran has tried to sabotage shipping in the Gulf.');
    expect(anonymous.filterEdges((_e, a) => a.predicate === 'accused_of')).toHaveLength(1);
    expect(anonymous.filterEdges((_e, a) => a.predicate === 'accuses')).toEqual([]);
  });

  it('make the accuser reachable in the shell: show, neighbors, path, why, accusations by', () => {
    const graph = graphOf(TRUDEAU);
    const run = (q: string) => runQuery(graph, q);
    expect(run('show Trudeau').text).not.toContain('no relations');
    expect(rows(run('show Trudeau'), 'accuses')).toContainEqual([
      'Justin Trudeau',
      'accused',
      'India',
      'charge: murder',
      ['doc-1.txt'],
      'accuses:person:justin-trudeau->country:india#charge:murder',
    ]);
    expect(rows(run('show India'), 'accuses').map((r) => r[0])).toEqual(['Justin Trudeau']);
    expect(rows(run('neighbors Trudeau')).map((r) => r[1])).toContain('India');
    expect(rows(run('path Trudeau India'))).toHaveLength(1);
    const why = run('why Trudeau accuses India');
    expect(rows(why, 'edges')[0]!.slice(1, 6)).toEqual(['Justin Trudeau', 'accuses', 'India', false, 'charge: murder']);
    const evidence = why.tables[1]!;
    expect(evidence.rows[0]![evidence.columns.indexOf('text')]).toBe(TRUDEAU);
    // and the accused's side names the accuser
    expect(rows(run('why India accused_of murder'), 'edges')[0]![5]).toBe('by: Justin Trudeau');
    expect(rows(run('accusations by Trudeau')).map((r) => r.slice(0, 3))).toEqual([['India', 'murder', ['Justin Trudeau']]]);
  });

  it('appear in the exports, the charge as a link to the Charge node in RDF', () => {
    const graph = graphOf(TRUDEAU);
    const gexf = fileText(exportGraph(graph, 'gexf').files[0]!);
    expect(gexf).toMatch(
      /<edge id="accuses:person:justin-trudeau-&gt;country:india#charge:murder" source="person:justin-trudeau" target="country:india"[^>]*kind="accuses"/,
    );
    const turtle = fileText(exportGraph(graph, 'turtle').files[0]!);
    expect(turtle).toContain('ent:person:justin-trudeau ng:accuses ent:country:india .');
    expect(turtle).toMatch(/ng:charge ent:charge:murder/);
    expect(turtle).toContain('ng:chargeLabel "murder"');
    const csv = fileText(exportGraph(graph, 'csv').files[1]!);
    expect(csv).toMatch(/^"person:justin-trudeau","country:india",ACCUSES,"accuses:person:justin-trudeau->country:india#charge:murder"/m);
  });
});
