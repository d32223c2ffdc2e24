// Filter checkboxes with counts: entity types (doubling as the colour legend), predicates and documents.
import { append, h } from './dom.js';
import { filterCounts, predicateLabel, type DocumentInfo, type ViewGraph, type ViewState } from './model.js';
import { colorOfType } from './styles.js';

type Field = 'hiddenTypes' | 'hiddenPredicates' | 'hiddenDocs';

export function mountFilters(
  root: HTMLElement,
  graph: ViewGraph,
  documents: DocumentInfo[],
  getState: () => ViewState,
  change: (next: ViewState) => void,
): { update(): void } {
  const counts = filterCounts(graph, documents);
  const titles = new Map(documents.map((d) => [d.id, d.title]));
  const boxes: { field: Field; value: string; input: HTMLInputElement }[] = [];

  const group = (legend: string, field: Field, items: [string, number][], name: (v: string) => string, swatch?: (v: string) => string) => {
    const fieldset = h('fieldset', { attrs: { 'data-filter': field } }, h('legend', {}, legend));
    for (const [value, count] of items) {
      const input = h('input', { attrs: { type: 'checkbox', value } });
      input.addEventListener('change', () => {
        const state = getState();
        const next: ViewState = { ...state, [field]: new Set(state[field]) };
        if (input.checked) next[field].delete(value);
        else next[field].add(value);
        change(next);
      });
      boxes.push({ field, value, input });
      append(
        fieldset,
        h(
          'label',
          { title: value },
          input,
          swatch ? h('span', { class: 'swatch', attrs: { style: `background:${swatch(value)}` } }) : null,
          h('span', { class: 'name' }, name(value)),
          h('span', { class: 'count' }, count.toLocaleString('en')),
        ),
      );
    }
    return fieldset;
  };

  root.replaceChildren(
    group('Entity types', 'hiddenTypes', counts.types, (v) => v, colorOfType),
    h('p', { class: 'muted' }, 'Node size: number of relations.'),
    group('Relations', 'hiddenPredicates', counts.predicates, predicateLabel),
    group('Documents', 'hiddenDocs', counts.docs, (v) => titles.get(v) ?? v),
  );
  const update = () => {
    const state = getState();
    for (const b of boxes) b.input.checked = !state[b.field].has(b.value);
  };
  update();
  return { update };
}
