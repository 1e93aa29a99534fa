import { useEffect, useState } from 'react';
import type { FlowLibrary } from '../../storage/flowLibrary';
import type { StorageError } from '../../storage/StorageError';

/** Why `library` keeps flows in this tab's memory only (the browser refused IndexedDB), or null. */
export function useStorageProblem(library: FlowLibrary): StorageError | null {
  const [problem, setProblem] = useState<StorageError | null>(null);
  useEffect(() => {
    let live = true;
    library.storageProblem().then(
      (next) => live && setProblem(next),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [library]);
  return problem;
}
