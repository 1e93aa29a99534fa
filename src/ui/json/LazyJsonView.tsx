import { lazy, Suspense } from 'react';
import type { JsonViewProps } from './JsonView';

// Monaco is large: it loads with this chunk the first time the JSON tab opens, never with the app.
const JsonView = lazy(() => import('./JsonView'));

/** The JSON tab, loaded on demand, with an announced loading state meanwhile. */
export function LazyJsonView(props: JsonViewProps) {
  return (
    <Suspense
      fallback={
        <div role="status" aria-busy="true" className="baton-json-loading">
          Loading the JSON editor…
        </div>
      }
    >
      <JsonView {...props} />
    </Suspense>
  );
}
