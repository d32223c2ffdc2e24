// Filter checkboxes with counts: entity types (doubling as the colour legend), predicates and documents.
import { append, h } from './dom.js';
import { dateExtent, documentName, filterCounts, predicateLabel, type DocumentInfo, type ViewGraph, type ViewState } from './model.js';
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
  const byId = new Map(documents.map((d) => [d.id, d]));
  const boxes: { field: Field; value: string; input: HTMLInputElement }[] = [];

  const group = (
    legend: string,
    field: Field,
    items: [string, number][],
    name: (v: string) => string,
    swatch?: (v: string) => string,
    // the whole name on hover: long titles are cut to the column's width
    hover: (v: string) => string = (v) => v,
  ) => {
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
          { title: hover(value) },
          input,
          swatch ? h('span', { class: 'swatch', attrs: { style: `background:${swatch(value)}` } }) : null,
          h('span', { class: 'name' }, name(value)),
          h('span', { class: 'count' }, count.toLocaleString('en')),
        ),
      );
    }
    return fieldset;
  };

  // entities without relations: set apart by the layout, and hidden with one box
  const isolated = h('input', { attrs: { type: 'checkbox', 'data-testid': 'hide-isolated' } });
  isolated.addEventListener('change', () => change({ ...getState(), hideIsolated: isolated.checked }));

  // dates: two day inputs bounded by the graph's dated relations; an empty input leaves its end open
  const extent = dateExtent(graph);
  const dayInput = (bound: 'since' | 'until', label: string) => {
    const input = h('input', { attrs: { type: 'date', 'data-testid': `date-${bound}`, ...(extent.first ? { min: extent.first, max: extent.last! } : {}) } });
    input.addEventListener('change', () => {
      const next: ViewState = { ...getState() };
      if (/^\d{4}-\d{2}-\d{2}$/.test(input.value)) next[bound] = input.value;
      else delete next[bound];
      change(next);
    });
    return { input, row: h('label', { class: 'date' }, h('span', { class: 'name' }, label), input) };
  };
  const since = dayInput('since', 'From');
  const until = dayInput('until', 'To');
  const clear = h('button', { attrs: { type: 'button', 'data-testid': 'date-clear' } }, 'All dates');
  clear.addEventListener('click', () => {
    const next: ViewState = { ...getState() };
    delete next.since;
    delete next.until;
    change(next);
  });
  const dates = extent.dated
    ? h(
        'fieldset',
        { attrs: { 'data-filter': 'dates' } },
        h('legend', {}, 'Dates'),
        since.row,
        until.row,
        h(
          'p',
          { class: 'muted' },
          `${extent.dated.toLocaleString('en')} dated relations, ${extent.first} to ${extent.last}; a range hides the undated ones. `,
          clear,
        ),
      )
    : null;

  root.replaceChildren();
  append(
    root,
    dates,
    group('Entity types', 'hiddenTypes', counts.types, (v) => v, colorOfType),
    h('p', { class: 'muted' }, 'Node size: number of relations.'),
    counts.isolated
      ? h(
          'fieldset',
          { attrs: { 'data-filter': 'hideIsolated' } },
          h('legend', {}, 'Without relations'),
          h(
            'label',
            { title: 'Entities the articles name that take part in no relation (drawn in rows below the graph)' },
            isolated,
            h('span', { class: 'name' }, 'Hide them'),
            h('span', { class: 'count' }, counts.isolated.toLocaleString('en')),
          ),
        )
      : null,
    group('Relations', 'hiddenPredicates', counts.predicates, predicateLabel),
    group(
      'Documents',
      'hiddenDocs',
      counts.docs,
      (v) => byId.get(v)?.title || v,
      undefined,
      (v) => (byId.has(v) ? documentName(byId.get(v)!) : v),
    ),
  );
  const update = () => {
    const state = getState();
    for (const b of boxes) b.input.checked = !state[b.field].has(b.value);
    isolated.checked = state.hideIsolated === true;
    since.input.value = state.since ?? '';
    until.input.value = state.until ?? '';
  };
  update();
  return { update };
}
