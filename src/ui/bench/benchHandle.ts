import type { ReactFlowInstance } from '@xyflow/react';

/** The viewport calls bench/run.mjs makes; they do not depend on the page's node type. */
export type BenchFlowInstance = Pick<ReactFlowInstance, 'setViewport' | 'getViewport' | 'setCenter' | 'getNodes' | 'fitView'>;

/**
 * What a bench page (the app in `--mode bench`, or the bare React Flow page in bench/bare/)
 * publishes as `window.__bench` once its `?bench=N` flow is on screen; bench/run.mjs drives it.
 */
export interface BenchHandle {
  rf: BenchFlowInstance;
  ready: true;
  /** performance.now() when the nodes were first painted: load time from navigation start. */
  readyAt: number;
  nodes: number;
  /** Selects exactly these nodes (as a click with Shift would), for the multi-node drag figure. */
  selectNodes(ids: readonly string[]): void;
}

declare global {
  interface Window {
    __bench?: BenchHandle;
  }
}
