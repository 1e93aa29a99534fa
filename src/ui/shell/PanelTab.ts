import type { ComponentType } from 'react';

/**
 * One tab of the bottom panel. The list is data: adding the JSON or Simulator tab is one entry
 * (`{ id: 'json', label: 'JSON', Component: JsonTab }`) passed to the shell.
 */
export interface PanelTab {
  id: string;
  label: string;
  /** May be lazy (see lazyPanelTab): the panel shows "Loading …" while its code arrives. */
  Component: ComponentType;
  /** Optional small component beside the label (e.g. the problems count). */
  Badge?: ComponentType;
  /** Starts fetching a lazy Component's code; the panel calls it when the tab is hovered or focused. */
  preload?: () => void;
}
