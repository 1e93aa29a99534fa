import { nanoid } from 'nanoid';
import type { Flow } from '../schema/flow';
import type { FlowTemplate } from './templates';

/**
 * A new, independent flow from a template: a fresh flow id (the library key) and a deep copy.
 * Node ids are kept: they are scoped to one flow, and the template's tests refer to them.
 */
export function instantiateTemplate(template: FlowTemplate, newId: () => string = () => nanoid(12)): Flow {
  const { $schema: _schema, ...flow } = structuredClone(template.flow);
  return { ...flow, id: newId(), name: template.name };
}
