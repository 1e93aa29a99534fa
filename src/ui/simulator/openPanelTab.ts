/**
 * Switches the bottom panel to another tab (Problems, Simulator) the way a user does: by its tab
 * button. The shell owns which tab is active and offers no other way in; its tabs have stable ids
 * (`tab-<id>`) and a click also expands a collapsed panel.
 */
export function openPanelTab(id: string): boolean {
  const tab = document.getElementById(`tab-${id}`);
  if (!tab) return false;
  tab.click();
  tab.focus();
  return true;
}
