import { useEffect, useState } from 'react';
import type { EditorState } from '../../../editor/createEditorStore';
import { useEditor } from '../../store/useEditor';
import { mapModelFor, type MapModel } from './mapModel';
import { MapMinimap } from './MapMinimap';
import { publishMinimapPicture } from './minimapPicture';
import { useWarmFitView } from './useWarmFitView';

const selectFlow = (s: EditorState) => s.flow;
const selectProblems = (s: EditorState) => s.diagnosticsByNode;
/** The document holds still this long before the minimap's picture follows it (not per keystroke). */
const SETTLE_MS = 1000;

/**
 * The minimap of a large flow at every zoom, once the map's chunk is in. React Flow's MiniMap keeps
 * a component and a store subscription per node: at 3,000 nodes every store update (each pan frame,
 * and the several of a fit-all switch to the map) ran 3,000 selectors, and the switch unmounted
 * 3,000 SVG rects. This one is a picture of the map model, built and drawn when the browser is idle,
 * so the map layer finds the model ready when the view zooms out to it, and with the tiles of the
 * whole flow fitted drawn ahead (useWarmFitView).
 */
export function FlowMinimap({ colorMode, mapShown }: { colorMode: 'light' | 'dark'; mapShown: boolean }) {
  const flow = useEditor(selectFlow);
  const problems = useEditor(selectProblems);
  const [model, setModel] = useState<MapModel>(() => mapModelFor(flow, problems));
  const current = model.flow === flow;
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 50));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    let handle: number | undefined;
    const timer = window.setTimeout(
      () => {
        handle = idle(
          () => {
            const next = mapModelFor(flow, problems);
            setModel(next);
            publishMinimapPicture(next);
          },
          { timeout: 2000 },
        ) as number;
      },
      current ? 0 : SETTLE_MS,
    );
    return () => {
      window.clearTimeout(timer);
      if (handle !== undefined) cancel(handle);
    };
  }, [flow, problems, colorMode, current]);
  useWarmFitView(model, mapShown, colorMode);
  return <MapMinimap bounds={model.bounds} />;
}
