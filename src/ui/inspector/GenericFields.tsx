import type * as z from 'zod/mini';
import { updateNodeData } from '../../editor/commands/updateNodeData';
import { kindOf, type FlowNode } from '../../schema';
import { useEditorStore } from '../store/useEditorStore';
import { CheckboxField } from './fields/CheckboxField';
import { NumberField } from './fields/NumberField';
import { SelectField } from './fields/SelectField';
import { TextField } from './fields/TextField';
import { describeField } from './describeField';
import { fieldId } from './fieldId';
import { fieldLabel, fieldUnit } from './fieldLabels';
import { StaffSelect } from './StaffSelect';
import { useFieldErrors } from './useFieldErrors';

interface Props {
  node: FlowNode;
  /** Keys drawn by a per-kind inspector instead. */
  skip?: readonly string[];
  /** Help text per key, overriding the schema's description. */
  help?: Readonly<Record<string, string>>;
}

/** A form for a node's data built from its kind's zod schema: one labelled input per field. */
export function GenericFields({ node, skip = [], help = {} }: Props) {
  const store = useEditorStore();
  const errorsFor = useFieldErrors(node.id);
  const shape = (kindOf(node).dataSchema as unknown as z.ZodMiniObject).shape as Record<string, z.ZodMiniType>;
  const data = node.data as Record<string, unknown>;
  const argsFor = (key: string) => (value: unknown) => ({ id: node.id, data: { [key]: value } });
  const set = (key: string, value: unknown) => store.run(updateNodeData, argsFor(key)(value));
  return (
    <>
      {Object.entries(shape).map(([key, schema]) => {
        if (skip.includes(key)) return null;
        const { spec, help: schemaHelp } = describeField(key, schema);
        const id = fieldId(node.id, `/data/${key}`);
        const label = fieldLabel(key);
        const props = { id, label, help: help[key] ?? schemaHelp, errors: errorsFor(`/data/${key}`) };
        const value = data[key];
        switch (spec.kind) {
          case 'boolean':
            return <CheckboxField key={key} {...props} checked={Boolean(value)} onChange={(v) => set(key, v)} />;
          case 'number':
            return (
              <NumberField
                key={key}
                {...props}
                value={Number(value)}
                min={spec.min}
                max={spec.max}
                step={spec.integer ? 1 : key === 'seconds' ? 0.1 : 0.25}
                unit={fieldUnit(key)}
                command={updateNodeData}
                args={argsFor(key)}
              />
            );
          case 'string':
            return <TextField key={key} {...props} value={String(value ?? '')} multiline={spec.multiline} command={updateNodeData} args={argsFor(key)} />;
          case 'enum':
            return <SelectField key={key} {...props} value={String(value)} options={spec.options.map((o) => ({ value: o, label: fieldLabel(o) }))} command={updateNodeData} args={argsFor(key)} />;
          case 'strings':
            return (
              <TextField
                key={key}
                {...props}
                label={`${label} (one per line)`}
                multiline
                value={(value as string[]).join('\n')}
                command={updateNodeData}
                args={(v) => ({ id: node.id, data: { [key]: v.split('\n').filter((line, i, all) => line.trim() !== '' || i === all.length - 1) } })}
              />
            );
          case 'staff':
            return <StaffSelect key={key} {...props} value={(value as string | null) || null} command={updateNodeData} args={(v) => argsFor(key)(spec.nullable ? v : (v ?? ''))} />;
          default:
            return null;
        }
      })}
    </>
  );
}
