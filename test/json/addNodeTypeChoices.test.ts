import { describe, expect, it } from 'vitest';
import { addNodeTypeChoices } from '../../src/editor/jsonSync/addNodeTypeChoices';
import { NODE_TYPES } from '../../src/schema';
import { toJsonSchema } from '../../src/schema/toJsonSchema';

type Schema = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('addNodeTypeChoices', () => {
  it('offers every node type beside the oneOf branches, with labels', () => {
    const original = toJsonSchema() as Schema;
    const schema = addNodeTypeChoices(original) as Schema;
    const items = schema.properties.nodes.items;
    expect(items.oneOf).toBe(original.properties.nodes.items.oneOf);
    expect(items.properties.type.enum).toEqual(NODE_TYPES);
    expect(items.properties.type.enumDescriptions[NODE_TYPES.indexOf('handover')]).toMatch(/^Handover — /);
    // The original schema object is left untouched.
    expect(original.properties.nodes.items.properties).toBeUndefined();
  });

  it('the enum accepts exactly the types the branches accept', () => {
    const schema = toJsonSchema() as Schema;
    const consts = schema.properties.nodes.items.oneOf.map((branch: Schema) => branch.properties.type.const);
    expect([...consts].sort()).toEqual([...NODE_TYPES].sort());
  });

  it('returns a schema without nodes unchanged', () => {
    const bare = { type: 'object' };
    expect(addNodeTypeChoices(bare)).toBe(bare);
  });
});
