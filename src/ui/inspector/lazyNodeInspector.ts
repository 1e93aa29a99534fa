import { lazyComponent } from '../shell/lazyComponent';

/**
 * The form of a selected node with every per-kind form (handover, hours, pause, the generic
 * fields), a chunk of its own: the editor's first screen shows the flow settings, never a node.
 */
export const { Component: NodeInspector, preload: preloadNodeInspector } = lazyComponent('node settings', () =>
  import('./NodeInspector').then((m) => m.NodeInspector),
);
