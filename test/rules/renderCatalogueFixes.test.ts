import { describe, expect, it } from 'vitest';
import { FIX_PROVIDERS } from '../../src/editor/fixes/fixesFor';
import { QUICK_FIX_SUMMARIES } from '../../src/rules/fixes/quickFixSummaries';
import { renderCatalogue } from '../../src/rules/renderCatalogue';

describe('the rule catalogue says which codes have quick fixes', () => {
  const text = renderCatalogue();
  const row = (code: string) => text.split('\n').find((line) => line.startsWith(`| \`${code}\` |`)) ?? '';

  it('ends a fixable code’s row with what its fix does, and any other row with a dash', () => {
    expect(row('voice.pause.missing')).toMatch(/\| Insert a 1\.5 s Pause on the connection into the handover\. \|$/);
    expect(row('voice.header.dropped')).toContain('X-Twilio-Foo → X-Foo');
    expect(row('content.phi')).toMatch(/\| — \|$/);
  });

  it('lists exactly the codes the editor has fixes for', () => {
    expect(Object.keys(FIX_PROVIDERS).sort()).toEqual(Object.keys(QUICK_FIX_SUMMARIES).sort());
    const fixed = text.split('\n').filter((line) => line.startsWith('| `') && !line.endsWith('| — |'));
    expect(fixed).toHaveLength(Object.keys(QUICK_FIX_SUMMARIES).length);
  });
});
