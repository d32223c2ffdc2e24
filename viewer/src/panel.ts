// The side panel for the selected entity: label, type, aliases, documents, and every relation grouped by
// predicate with its evidence sentence (trigger words marked) and the document it comes from.
import { append, h } from './dom.js';
import { relationGroups, type DocumentInfo, type ViewGraph, type ViewState } from './model.js';
import { colorOfType } from './styles.js';

export function renderPanel(
  panel: HTMLElement,
  graph: ViewGraph,
  state: ViewState,
  documents: DocumentInfo[],
  open: (node: string) => void,
  close: () => void,
): void {
  panel.replaceChildren();
  const node = state.selected;
  if (!node || !graph.hasNode(node)) {
    panel.hidden = true;
    return;
  }
  const a = graph.getNodeAttributes(node);
  const titles = new Map(documents.map((d) => [d.id, d.title]));
  append(
    panel,
    h('button', { attrs: { id: 'panel-close', type: 'button', 'aria-label': 'Close' }, on: { click: close } }, '×'),
    h('h2', { attrs: { 'data-testid': 'panel-label' } }, a.label),
    h(
      'div',
      { class: 'kind' },
      h('span', { class: 'swatch', attrs: { style: `display:inline-block;background:${colorOfType(a.kind)}` } }),
      ` ${a.kind} · ${a.mentions} mention${a.mentions === 1 ? '' : 's'} · ${a.degree} relation${a.degree === 1 ? '' : 's'}`,
    ),
  );
  const aliases = a.aliases.filter((x) => x !== a.label);
  if (aliases.length) append(panel, h('h3', {}, 'Also called'), h('p', { class: 'aliases' }, aliases.join(' · ')));
  if (a.docs.length) append(panel, h('h3', {}, 'Documents'), h('ul', {}, ...a.docs.map((d) => h('li', { title: d }, titles.get(d) ?? d))));

  const groups = relationGroups(graph, node, documents, state);
  if (!groups.length) append(panel, h('p', { class: 'muted' }, 'No relations (with the current filters).'));
  for (const group of groups) {
    const section = h('section', { attrs: { 'data-predicate': group.predicate } }, h('h3', {}, `${group.label} (${group.relations.length})`));
    for (const r of group.relations) {
      const link = h('a', { attrs: { role: 'link', tabindex: '0' }, on: { click: () => open(r.other) } }, r.otherLabel);
      const head =
        r.direction === 'out'
          ? h('div', {}, `${r.sentence.slice(0, r.sentence.length - r.otherLabel.length)}`, link)
          : h('div', {}, link, r.sentence.slice(r.otherLabel.length));
      const item = h('div', { class: 'relation', attrs: { 'data-edge': r.edge } }, head);
      if (r.details.length) append(item, h('div', { class: 'details' }, r.details.join(' · ')));
      for (const ev of r.evidence) {
        append(
          item,
          h('blockquote', {}, ...ev.segments.map((s) => (s.mark ? h('mark', {}, s.text) : s.text))),
          h('div', { class: 'source', title: ev.doc }, `— ${ev.docTitle}`),
        );
      }
      append(section, item);
    }
    append(panel, section);
  }
  panel.hidden = false;
}
