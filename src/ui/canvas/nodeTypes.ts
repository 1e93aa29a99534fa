import type { NodeTypes } from '@xyflow/react';
import { HandoverNode } from '../nodes/HandoverNode';
import { NoteNode } from '../nodes/NoteNode';
import { StepNode } from '../nodes/StepNode';
import { TriggerNode } from '../nodes/TriggerNode';
import type { NodeFamily } from './nodeFamily';
import { MapFrameNode, MAP_FRAME_TYPE } from './map/mapFrame';

/** At module scope so React Flow never sees a new object (which would remount every node). */
export const nodeTypes: NodeTypes & Record<NodeFamily, unknown> = {
  trigger: TriggerNode,
  step: StepNode,
  handover: HandoverNode,
  note: NoteNode,
  [MAP_FRAME_TYPE]: MapFrameNode,
};
