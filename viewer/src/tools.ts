// The toolbar's tools: ForceAtlas2 running live in a web worker (the FA2 supervisor), and PNG export.
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import type Sigma from 'sigma';
import { downloadAsPNG } from '@sigma/export-image';
import { layoutSettings } from '../../src/layout/index.js';
import type { ViewGraph } from './model.js';

export function mountLayoutButton(button: HTMLButtonElement, graph: ViewGraph): void {
  let supervisor: FA2LayoutSupervisor | undefined;
  button.addEventListener('click', () => {
    supervisor ??= new FA2LayoutSupervisor(graph, { settings: layoutSettings(graph), getEdgeWeight: null });
    if (supervisor.isRunning()) supervisor.stop();
    else supervisor.start();
    const running = supervisor.isRunning();
    button.setAttribute('aria-pressed', String(running));
    button.textContent = running ? 'Stop layout' : 'Run layout';
  });
  window.addEventListener('pagehide', () => supervisor?.kill());
}

export function mountExportButton(button: HTMLButtonElement, renderer: Sigma): void {
  button.addEventListener('click', () => {
    void downloadAsPNG(renderer, { fileName: 'newsgraph', backgroundColor: '#ffffff' });
  });
}
