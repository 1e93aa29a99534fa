interface HideSource {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

/**
 * Browsers may freeze or discard a hidden tab without warning, and `unload` is unreliable; the
 * pagehide and visibilitychange→hidden events are the last dependable moments to write.
 * Returns a function that detaches the listeners.
 */
export function attachFlushOnHide(
  autosaver: { flush(): Promise<void> },
  win: HideSource = window,
  doc: HideSource & { visibilityState: string } = document,
): () => void {
  const onPageHide = () => void autosaver.flush();
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') void autosaver.flush();
  };
  win.addEventListener('pagehide', onPageHide);
  doc.addEventListener('visibilitychange', onVisibility);
  return () => {
    win.removeEventListener('pagehide', onPageHide);
    doc.removeEventListener('visibilitychange', onVisibility);
  };
}
