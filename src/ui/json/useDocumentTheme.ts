import { useSyncExternalStore } from 'react';
import type { JsonViewTheme } from './jsonEditorHandle';

const read = (): JsonViewTheme => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');

function subscribe(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

/** The app theme as the shell applies it (<html data-theme>), so a panel tab can follow it without props. */
export function useDocumentTheme(): JsonViewTheme {
  return useSyncExternalStore(subscribe, read, () => 'light');
}
