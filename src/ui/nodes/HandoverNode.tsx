import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { VOICE_FAILURE_PORTS } from '../../schema';
import { useFlowNode } from '../store/useFlowNode';
import { useNodeDiagnostics } from '../store/useNodeDiagnostics';
import { useConnectedPorts } from '../store/useConnectedPorts';
import { NodeFrame } from './NodeFrame';

const NO_DANGER: readonly string[] = [];

/**
 * A handover shows its destination and, for voice, the failure branches: Twilio never retries, so
 * busy / no answer / rejected left unconnected drop the call (marked on the port).
 */
export const HandoverNode = memo(function HandoverNode({ id, selected }: NodeProps) {
  const node = useFlowNode(id);
  const diagnostics = useNodeDiagnostics(id);
  const connected = useConnectedPorts(id);
  if (!node || node.type !== 'handover') return null;
  const danger = node.data.destination.kind === 'voice' ? VOICE_FAILURE_PORTS : NO_DANGER;
  return <NodeFrame node={node} selected={selected} diagnostics={diagnostics} connectedPorts={connected} dangerPorts={danger} />;
});
