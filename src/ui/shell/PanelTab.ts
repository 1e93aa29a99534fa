import type { ComponentType } from 'react';

/**
 * One tab of the bottom panel. The list is data: adding the JSON or Simulator tab is one entry
 * (`{ id: 'json', label: 'JSON', Component: JsonTab }`) passed to the shell.
 */
export interface PanelTab {
  id: string;
  label: string;
  Component: ComponentType;
  /** Optional small component beside the label (e.g. the problems count). */
  Badge?: ComponentType;
}
