// The side panel for the selected entity: label, type, aliases, documents, and every relation grouped by
// predicate with its evidence sentence (trigger words marked) and the document it comes from.
import { append, h } from './dom.js';
import { documentName, relationGroups, type DetailPart, type DocumentInfo, type ViewGraph, type ViewState } from './model.js';
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
  const byId = new Map(documents.map((d) => [d.id, d]));
  // every entity the panel names is a link to its own panel
  const entityLink = (key: string, label: string) =>
    h(
      'a',
      {
        class: 'node-link',
        attrs: { role: 'link', tabindex: '0', 'data-node': key },
        on: { click: () => open(key), keydown: (e) => (e as KeyboardEvent).key === 'Enter' && open(key) },
      },
      label,
    );
  const detail = (parts: DetailPart[]) => h('span', {}, ...parts.map((p) => (typeof p === 'string' ? p : entityLink(p.node, p.label))));
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
  if (a.docs.length) {
    // one element at a time: an entity of a large corpus may be in more documents than a call takes arguments
    const list = h('ul', { class: 'documents' });
    for (const d of a.docs) {
      const doc = byId.get(d);
      append(list, h('li', { title: doc ? documentName(doc) : d }, doc?.title || d));
    }
    append(panel, h('h3', {}, 'Documents'), list);
  }

  const groups = relationGroups(graph, node, documents, state);
  if (!groups.length) append(panel, h('p', { class: 'muted' }, 'No relations (with the current filters).'));
  for (const group of groups) {
    const section = h('section', { attrs: { 'data-predicate': group.predicate } }, h('h3', {}, `${group.label} (${group.relations.length})`));
    for (const r of group.relations) {
      const link = entityLink(r.other, r.otherLabel);
      const head =
        r.direction === 'out'
          ? h('div', {}, `${r.sentence.slice(0, r.sentence.length - r.otherLabel.length)}`, link)
          : h('div', {}, link, r.sentence.slice(r.otherLabel.length));
      const item = h('div', { class: 'relation', attrs: { 'data-edge': r.edge } }, head);
      if (r.details.length) append(item, h('div', { class: 'details' }, ...r.details.flatMap((d, i) => (i ? [' · ', detail(d)] : [detail(d)]))));
      for (const ev of r.evidence) {
        // the sentence, then where and when it was published (a link to the article where the build had its URL)
        const source = h('div', { class: 'source', title: byId.has(ev.doc) ? documentName(byId.get(ev.doc)!) : ev.doc }, `— ${ev.docTitle}`);
        if (ev.source) append(source, ' · ', h('span', { class: 'outlet' }, ev.source));
        if (ev.date) append(source, ' · ', h('time', { attrs: { datetime: ev.date } }, ev.date));
        if (ev.url) append(source, ' · ', h('a', { class: 'article-link', attrs: { href: ev.url, target: '_blank', rel: 'noopener noreferrer' } }, 'article'));
        append(item, h('blockquote', {}, ...ev.segments.map((s) => (s.mark ? h('mark', {}, s.text) : s.text))), source);
        if (ev.event) append(item, h('div', { class: 'event' }, `event: ${ev.event}`));
      }
      append(section, item);
    }
    append(panel, section);
  }
  panel.hidden = false;
}
