import { useMemo } from 'react';
import { scopeOfPointer } from './fieldId';
import { useNodeDiagnostics } from '../store/useNodeDiagnostics';
import { useEditor } from '../store/useEditor';
import { selectFlow } from '../store/selectors';

const NONE: readonly string[] = [];

/** Validator messages of a node, by the node-relative JSON pointer of the field they point at. */
export function useFieldErrors(nodeId: string): (pointer: string) => readonly string[] {
  const diagnostics = useNodeDiagnostics(nodeId);
  const flow = useEditor(selectFlow);
  const nodeIds = useMemo(() => flow.nodes.map((n) => n.id), [flow.nodes]);
  const byPointer = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const d of diagnostics) {
      if (!d.path || d.severity === 'info') continue;
      const where = scopeOfPointer(d.path, nodeIds);
      if (!where || where.scope !== nodeId) continue;
      map.set(where.pointer, [...(map.get(where.pointer) ?? []), d.message]);
    }
    return map;
  }, [diagnostics, nodeIds, nodeId]);
  return (pointer) => byPointer.get(pointer) ?? NONE;
}
