import { useCallback } from 'react';
import { useStoreApi } from '@xyflow/react';

/** The flow coordinates at the centre of the visible canvas (where keyboard-added nodes land). */
export function useViewCenter() {
  const rfStore = useStoreApi();
  return useCallback(() => {
    const { width, height, transform } = rfStore.getState();
    const [x, y, zoom] = transform;
    return { x: (width / 2 - x) / zoom, y: (height / 2 - y) / zoom };
  }, [rfStore]);
}
