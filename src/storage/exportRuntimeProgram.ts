import type { Flow } from '../schema/flow';
import { exportFlowJson } from './exportFlowJson';
import { toRuntimeProgram } from './toRuntimeProgram';

/** The runtime program alone (see toRuntimeProgram), as file text. */
export function exportRuntimeProgram(flow: Flow): string {
  return exportFlowJson(toRuntimeProgram(flow));
}
