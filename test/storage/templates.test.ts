import 'fake-indexeddb/auto';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { instantiateTemplate } from '../../src/storage/instantiateTemplate';
import { templates } from '../../src/storage/templates';
import { makeLibrary } from './helpers';

describe('starter templates', () => {
  it('offers every example flow, parsed, with a name and description', () => {
    const examples = readdirSync('examples').filter((f) => f.endsWith('.baton.json')).map((f) => f.replace('.baton.json', ''));
    expect(templates.map((t) => t.id).sort()).toEqual(examples.sort());
    for (const template of templates) {
      expect(template.name).not.toBe('');
      expect(template.description.length).toBeGreaterThan(10);
      expect(template.flow.nodes.length).toBeGreaterThan(0);
    }
  });

  it('instantiates with a fresh id and an independent copy', async () => {
    const template = templates[0];
    const ids = ['x1', 'x2'];
    const first = instantiateTemplate(template, () => ids.shift()!);
    const second = instantiateTemplate(template, () => ids.shift()!);
    expect([first.id, second.id]).toEqual(['x1', 'x2']);
    expect(first.name).toBe(template.name);
    expect(first.nodes).toEqual(template.flow.nodes);
    first.nodes[0].title = 'changed';
    expect(template.flow.nodes[0].title).not.toBe('changed');
    const { library } = makeLibrary();
    await library.createFlow(first);
    await library.createFlow(second);
    expect(await library.listFlows()).toHaveLength(2);
  });
});
