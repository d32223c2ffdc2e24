// The viewer page: loads graph.json (or the copy inlined by `newsgraph view --html`), draws it with sigma and
// wires one small controller per concern: hover, selection + panel, search, filters (kept in the URL), live
// layout and PNG export. Article text only ever reaches the DOM through dom.ts (text nodes, never HTML).
import Sigma from 'sigma';
import { EdgeArrowProgram } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import {
  buildViewGraph,
  checkExport,
  documentsOf,
  edgeVisible,
  formatStateHash,
  GraphDataError,
  isFiltering,
  nodeVisible,
  parseStateHash,
  type DocumentInfo,
  type RawExport,
  type ViewEdge,
  type ViewGraph,
  type ViewState,
} from './model.js';
import { byId } from './dom.js';
import { FADED_EDGE_COLOR, FADED_NODE_COLOR, HIGHLIGHT_EDGE_COLOR } from './styles.js';
import { renderPanel } from './panel.js';
import { mountSearch } from './search.js';
import { mountFilters } from './filters.js';
import { mountLayoutButton, mountExportButton } from './tools.js';
import { collisionFreeLabels } from './labels.js';
import { DEFAULT_VIEWER_SETTINGS, stepValue } from './settings.js';

/** What the page exposes for tests and the benchmark (read-only use). */
export interface ViewerHandle {
  renderer?: Sigma;
  graph?: ViewGraph;
  /** performance.now() when the first frame was on screen */
  firstFrame?: number;
  /** the notice shown instead of the graph, if any */
  notice?: string;
  select?(node: string | undefined): void;
  /** the node labels drawn in the last frame, with their boxes in pixels */
  drawnLabels?(): { key: string; label: string; box: { x1: number; y1: number; x2: number; y2: number } }[];
}
declare global {
  interface Window {
    newsgraphViewer: ViewerHandle;
  }
}
const handle: ViewerHandle = {};
window.newsgraphViewer = handle;

// thresholds and sizes: settings.ts
const settings = DEFAULT_VIEWER_SETTINGS;

function showNotice(title: string, text: string): void {
  byId('notice-title').textContent = title;
  byId('notice-text').textContent = text;
  byId('notice').hidden = false;
  handle.notice = `${title} ${text}`;
}

async function loadExport(): Promise<unknown> {
  const inline = document.getElementById('newsgraph-data');
  if (inline) {
    try {
      return JSON.parse(inline.textContent ?? '');
    } catch (e) {
      throw new GraphDataError(`The graph inside this page is not valid JSON (${(e as Error).message}).`);
    }
  }
  if (location.protocol === 'file:')
    throw new GraphDataError(
      'This page has no graph inside. Serve it with “newsgraph view”, or write a self-contained file with “newsgraph view --html FILE”.',
    );
  let response: Response;
  try {
    // no fetch options: they must match the preload link's, or the browser loads the graph twice (the server sends no-store)
    response = await fetch('graph.json');
  } catch (e) {
    throw new GraphDataError(`The graph could not be loaded (${(e as Error).message}). Is “newsgraph view” still running?`);
  }
  if (!response.ok) throw new GraphDataError(`The graph could not be loaded (HTTP ${response.status}). Is “newsgraph view” still running?`);
  try {
    return await response.json();
  } catch (e) {
    throw new GraphDataError(`graph.json is not valid JSON (${(e as Error).message}). Rebuild it with “newsgraph build”.`);
  }
}

function start(graph: ViewGraph, data: RawExport): void {
  const documents: DocumentInfo[] = documentsOf(data, graph);
  let state: ViewState = parseStateHash(location.hash);
  if (state.selected && !graph.hasNode(state.selected)) state.selected = undefined;
  let hiddenNodes = new Set<string>();
  let hovered: string | undefined;
  let overviewLines = graph.size > settings.linesAbove;
  let zoomedIn = false;
  let hoverNeighbours = new Set<string>();

  const computeHidden = () => {
    hiddenNodes = new Set();
    if (isFiltering(state)) graph.forEachNode((key, a) => void (nodeVisible(a, state) || hiddenNodes.add(key)));
  };
  computeHidden();

  const labels = collisionFreeLabels();
  // sigma is typed over plain attributes: our ViewNode/ViewEdge carry sigma's fields plus the entity's data
  const renderer = new Sigma(graph as unknown as ConstructorParameters<typeof Sigma>[0], byId('sigma'), {
    // edge labels: always on small graphs; on large ones only zoomed in or around a hovered node (see below)
    renderEdgeLabels: graph.order <= settings.edgeLabelsAlways,
    defaultEdgeType: 'arrow',
    edgeProgramClasses: { arrow: EdgeArrowProgram, curvedArrow: EdgeCurvedArrowProgram },
    edgeLabelSize: settings.edgeLabelSize,
    labelSize: settings.labelSize,
    // names: sigma's label grid offers the largest node of each cell (more as the camera zooms in), and the
    // drawer (labels.ts) skips any that would run into one already drawn; small graphs offer every name
    labelGridCellSize: settings.labelGridCell,
    labelDensity: stepValue(settings.labelDensity, graph.order),
    labelRenderedSizeThreshold: stepValue(settings.labelRenderedSizeThreshold, graph.order),
    defaultDrawNodeLabel: labels.draw,
    // large graphs: draw only nodes while the camera moves, so panning stays fluid
    hideEdgesOnMove: graph.size > settings.hideEdgesOnMoveAbove,
    nodeReducer(node, data) {
      if (hiddenNodes.size && hiddenNodes.has(node)) {
        data.hidden = true;
        return data;
      }
      if (hovered && node !== hovered && !hoverNeighbours.has(node)) {
        data.color = FADED_NODE_COLOR;
        data.label = '';
      } else if (node === hovered || node === state.selected) {
        data.highlighted = true;
      }
      return data;
    },
    edgeReducer(edge, data) {
      if (overviewLines && data.type === 'arrow') data.type = 'line';
      // the names of parallel edges (drawn as curves) lie over each other until zoomed in or hovered
      if (data.type === 'curvedArrow' && !zoomedIn && !(hovered && graph.hasExtremity(edge, hovered))) data.label = '';
      if (!hovered && !hiddenNodes.size && !isFiltering(state)) return data;
      if (isFiltering(state)) {
        const [s, t] = graph.extremities(edge);
        if (!edgeVisible(data as ViewEdge, state) || hiddenNodes.has(s) || hiddenNodes.has(t)) {
          data.hidden = true;
          return data;
        }
      }
      if (hovered) {
        if (graph.hasExtremity(edge, hovered)) {
          data.color = HIGHLIGHT_EDGE_COLOR;
          data.forceLabel = true;
        } else {
          data.color = FADED_EDGE_COLOR;
          data.label = '';
        }
      }
      return data;
    },
  });
  // the constructor rendered the first frame: draw its labels, then each frame's after it is rendered
  labels.flush();
  renderer.on('afterRender', labels.flush);
  handle.drawnLabels = labels.drawn;
  performance.mark('newsgraph:sigma-rendered');
  handle.renderer = renderer;
  handle.graph = graph;

  const writeHash = () => {
    const hash = formatStateHash(state);
    const url = hash || location.pathname + location.search;
    try {
      history.replaceState(null, '', url);
    } catch {
      location.replace(hash || '#');
    }
  };

  const panel = byId('panel');
  // the panel for the state as it is: entities named in it select theirs, its close button clears the selection
  const showPanel = () =>
    renderPanel(
      panel,
      graph,
      state,
      documents,
      (other) => select(other, true),
      () => select(undefined),
    );
  const select = (node: string | undefined, moveCamera = false) => {
    state.selected = node && graph.hasNode(node) ? node : undefined;
    writeHash();
    showPanel();
    if (state.selected && moveCamera) focusNode(state.selected);
    renderer.refresh({ schedule: true });
  };
  handle.select = (node) => select(node, true);

  const focusNode = (node: string) => {
    const d = renderer.getNodeDisplayData(node);
    if (!d) return;
    const camera = renderer.getCamera();
    void camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, settings.focusRatio) }, { duration: settings.focusDuration });
  };

  // hover: highlight the neighbourhood, fade the rest
  // level of detail: edge labels and arrowheads appear as the camera zooms in (on small graphs, always)
  const updateEdgeLabels = () => {
    const ratio = renderer.getCamera().ratio;
    const want = graph.order <= settings.edgeLabelsAlways || hovered !== undefined || ratio < settings.edgeLabelsRatio;
    if (renderer.getSetting('renderEdgeLabels') !== want) renderer.setSetting('renderEdgeLabels', want);
    const lines = graph.size > settings.linesAbove && ratio >= settings.arrowsRatio;
    if (lines !== overviewLines || zoomedIn !== ratio < settings.edgeLabelsRatio) {
      overviewLines = lines;
      zoomedIn = ratio < settings.edgeLabelsRatio;
      renderer.refresh({ schedule: true });
    }
  };
  renderer.getCamera().on('updated', updateEdgeLabels);
  renderer.on('enterNode', ({ node }) => {
    hovered = node;
    updateEdgeLabels();
    hoverNeighbours = new Set(graph.neighbors(node));
    renderer.refresh({ schedule: true });
  });
  renderer.on('leaveNode', () => {
    hovered = undefined;
    updateEdgeLabels();
    hoverNeighbours = new Set();
    renderer.refresh({ schedule: true });
  });
  renderer.on('clickNode', ({ node }) => select(node));
  renderer.on('clickStage', () => state.selected && select(undefined));
  document.addEventListener('keydown', (e) => e.key === 'Escape' && state.selected && select(undefined));

  // the graph is painted first; the controls fill in right after (they are not needed to look at it)
  afterPaint(() => {
    handle.firstFrame = performance.now();
    mountControls();
  });
  const mountControls = () => {
    mountSearch(byId<HTMLInputElement>('search'), byId<HTMLUListElement>('search-results'), graph, (node) => select(node, true));
    const filters = mountFilters(
      byId('filters'),
      graph,
      documents,
      () => state,
      (next) => {
        state = { ...next, selected: state.selected };
        computeHidden();
        writeHash();
        showPanel();
        renderer.refresh({ schedule: true });
      },
    );
    window.addEventListener('hashchange', () => {
      const next = parseStateHash(location.hash);
      state = next;
      computeHidden();
      filters.update();
      select(next.selected, true);
    });

    mountLayoutButton(byId<HTMLButtonElement>('layout'), graph);
    mountExportButton(byId<HTMLButtonElement>('export'), renderer);
    byId('reset').addEventListener('click', () => renderer.getCamera().animatedReset({ duration: settings.resetDuration }));
    byId('stats').textContent = `${graph.order.toLocaleString('en')} entities · ${graph.size.toLocaleString('en')} relations · ${documents.length} documents`;
    if (state.selected) select(state.selected, true);
    performance.mark('newsgraph:controls-ready');
  };
}

/** Runs `fn` once the current frame has been painted (the next task after the next animation frame). */
export function afterPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

async function main(): Promise<void> {
  let graph: ViewGraph;
  let data: RawExport;
  try {
    performance.mark('newsgraph:start');
    data = checkExport(await loadExport());
    performance.mark('newsgraph:loaded');
    graph = buildViewGraph(data);
    performance.mark('newsgraph:graph-built');
  } catch (e) {
    if (e instanceof GraphDataError) return showNotice('This graph cannot be shown', e.message);
    throw e;
  }
  if (graph.order === 0)
    return showNotice(
      'This graph is empty',
      'No entities were found in the articles it was built from. Add articles and run “newsgraph build” again, then reload this page.',
    );
  try {
    start(graph, data);
  } catch (e) {
    const message = (e as Error).message ?? String(e);
    if (/webgl/i.test(message)) return showNotice('Your browser cannot draw this graph', `WebGL is not available (${message}).`);
    throw e;
  }
}

main().catch((e: unknown) => showNotice('The viewer failed', (e as Error)?.message ?? String(e)));
