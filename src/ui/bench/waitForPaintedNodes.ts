/**
 * Resolves once a React Flow node is in the DOM and two frames have painted since: the moment a
 * user sees the flow, which is what the bench's load figure measures.
 */
export function waitForPaintedNodes(): Promise<void> {
  return new Promise((resolve) => {
    const poll = () => {
      if (!document.querySelector('.react-flow__node')) {
        requestAnimationFrame(poll);
        return;
      }
      requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    };
    requestAnimationFrame(poll);
  });
}
