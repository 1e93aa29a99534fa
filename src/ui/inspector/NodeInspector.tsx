import type { ComponentType } from 'react';
import { setNodeTitle } from '../../editor/commands/setNodeTitle';
import { kindOf, portsOf, type FlowNode, type NodeType } from '../../schema';
import { KindIcon } from '../nodes/KindIcon';
import { groupClass } from '../nodes/groupClass';
import { useEditor } from '../store/useEditor';
import { selectFlow } from '../store/selectors';
import { useNodeDiagnostics } from '../store/useNodeDiagnostics';
import { TextField } from './fields/TextField';
import { fieldId } from './fieldId';
import { GenericFields } from './GenericFields';
import { HandoverInspector } from './HandoverInspector';
import { HoursInspector } from './HoursInspector';
import { NextStepPicker } from './NextStepPicker';
import { NodeProblems } from './NodeProblems';
import { PauseInspector } from './PauseInspector';
import { useFieldErrors } from './useFieldErrors';

// Per-kind forms where the generic one is not enough; every other kind uses GenericFields.
const INSPECTORS: Partial<Record<NodeType, ComponentType<{ node: never }>>> = {
  handover: HandoverInspector,
  hours_check: HoursInspector,
  pause: PauseInspector,
};

/** The form of one selected node: title, its settings, its next steps and its problems. */
export function NodeInspector({ node }: { node: FlowNode }) {
  const flow = useEditor(selectFlow);
  const kind = kindOf(node);
  const diagnostics = useNodeDiagnostics(node.id);
  const errorsFor = useFieldErrors(node.id);
  const Form = (INSPECTORS[node.type] ?? GenericFields) as ComponentType<{ node: FlowNode }>;
  const ports = portsOf(node);
  return (
    <div className="inspector-node" key={node.id}>
      <div className={`inspector-kind ${groupClass(node.type)}`}>
        <span className="flow-node-icon" aria-hidden="true">
          <KindIcon type={node.type} size={16} />
        </span>
        <div>
          <h2 className="inspector-title">{kind.label}</h2>
          <p className="inspector-desc">{kind.description}</p>
        </div>
      </div>
      <NodeProblems diagnostics={diagnostics} />
      <div className="inspector-section">
        <TextField
          id={fieldId(node.id, '/title')}
          label="Title"
          value={node.title ?? ''}
          placeholder={kind.label}
          command={setNodeTitle}
          args={(title) => ({ id: node.id, title })}
          errors={errorsFor('/title')}
        />
        <Form node={node} />
      </div>
      {ports.length > 0 && (
        <div className="inspector-section">
          <h3 className="section-title">Next step</h3>
          {ports.map((port) => (
            <NextStepPicker key={port.id} flow={flow} node={node} port={port} />
          ))}
        </div>
      )}
      <p className="inspector-id">
        id <code>{node.id}</code>
      </p>
    </div>
  );
}
