import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useFlowNode } from '../store/useFlowNode';
import { useNodeDiagnostics } from '../store/useNodeDiagnostics';
import { useConnectedPorts } from '../store/useConnectedPorts';
import { NodeFrame } from './NodeFrame';

/** Messages, pauses, logic and follow-up actions: a frame with their summary and ports. */
export const StepNode = memo(function StepNode({ id, selected }: NodeProps) {
  const node = useFlowNode(id);
  const diagnostics = useNodeDiagnostics(id);
  const connected = useConnectedPorts(id);
  if (!node) return null;
  return <NodeFrame node={node} selected={selected} diagnostics={diagnostics} connectedPorts={connected} />;
});
