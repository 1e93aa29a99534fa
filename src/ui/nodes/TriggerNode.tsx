import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useFlowNode } from '../store/useFlowNode';
import { useNodeDiagnostics } from '../store/useNodeDiagnostics';
import { useConnectedPorts } from '../store/useConnectedPorts';
import { NodeFrame } from './NodeFrame';

/** A scenario: shows whether it is enabled, since handover runs only when an enabled scenario fires. */
export const TriggerNode = memo(function TriggerNode({ id, selected }: NodeProps) {
  const node = useFlowNode(id);
  const diagnostics = useNodeDiagnostics(id);
  const connected = useConnectedPorts(id);
  if (!node) return null;
  const enabled = 'enabled' in node.data ? node.data.enabled : true;
  const badge = <span className={`node-pill${enabled ? ' is-on' : ''}`}>{enabled ? 'On' : 'Off'}</span>;
  return <NodeFrame node={node} selected={selected} diagnostics={diagnostics} connectedPorts={connected} badge={badge} />;
});
