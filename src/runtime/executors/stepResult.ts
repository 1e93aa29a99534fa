import type { NodeOfType, NodeType } from '../../schema';
import type { Turn } from '../turn';

/** What a node step does next: leave by a port, wait for an event or timer, or stop the walk. */
export type StepResult = { kind: 'port'; port: string } | { kind: 'wait' } | { kind: 'stop' };

export type Executor<T extends NodeType> = (node: NodeOfType<T>, turn: Turn) => StepResult;

export const leaveBy = (port: string): StepResult => ({ kind: 'port', port });
export const WAIT: StepResult = { kind: 'wait' };
export const STOP: StepResult = { kind: 'stop' };
