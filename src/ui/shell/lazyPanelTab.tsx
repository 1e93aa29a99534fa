import type { ComponentType } from 'react';
import { lazyComponent } from './lazyComponent';
import type { PanelTab } from './PanelTab';

/**
 * A bottom-panel tab whose code loads the first time it opens (or is hovered or focused), keeping
 * it out of the JavaScript the app needs to start. If the chunk cannot be fetched the panel says
 * so instead of taking the editor down with it.
 */
export function lazyPanelTab(id: string, label: string, load: () => Promise<ComponentType>): PanelTab {
  const { Component, preload } = lazyComponent<object>(`${label} panel`, load);
  return { id, label, Component, preload: () => void preload() };
}
