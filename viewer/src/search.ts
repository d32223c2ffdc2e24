// Search box with completion over labels and aliases; choosing a result selects the node (and moves the camera).
import { DEFAULT_VIEWER_SETTINGS } from './settings.js';
import { h } from './dom.js';
import { buildSearchIndex, searchNodes, type SearchEntry, type SearchHit, type ViewGraph } from './model.js';
import { colorOfType } from './styles.js';

export function mountSearch(input: HTMLInputElement, list: HTMLUListElement, graph: ViewGraph, choose: (node: string) => void): void {
  // built on first use, so a large graph's first frame does not wait for it
  let index: SearchEntry[] | undefined;
  let hits: SearchHit[] = [];
  let active = -1;
  const box = input.parentElement!;

  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, i) =>
        h(
          'li',
          {
            attrs: { role: 'option', 'aria-selected': String(i === active), 'data-node': hit.key },
            on: {
              mousedown: (e) => {
                e.preventDefault();
                pick(i);
              },
            },
          },
          h('span', { class: 'swatch', attrs: { style: `background:${colorOfType(hit.kind)}` } }),
          h('span', { class: 'label' }, hit.label),
          hit.via ? h('span', { class: 'via' }, `“${hit.via}”`) : null,
          h('span', { class: 'kind' }, hit.kind),
        ),
      ),
    );
    box.setAttribute('aria-expanded', String(hits.length > 0));
  };
  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.label;
    hits = [];
    active = -1;
    render();
    choose(hit.key);
  };

  input.addEventListener('input', () => {
    index ??= buildSearchIndex(graph);
    hits = searchNodes(index, input.value, DEFAULT_VIEWER_SETTINGS.searchResults);
    active = hits.length ? 0 : -1;
    render();
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!hits.length) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
      e.preventDefault();
    } else if (e.key === 'Enter') {
      pick(active);
    } else if (e.key === 'Escape') {
      hits = [];
      render();
    }
  });
  input.addEventListener('blur', () => {
    hits = [];
    render();
  });
}
