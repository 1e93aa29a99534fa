// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { broadcastSaves } from '../../src/storage/broadcastSaves';
import { makeFlow } from '../storage/helpers';
import { renderRoot } from './renderRoot';

configure({ asyncUtilTimeout: 5000 });

/** Captures what the app downloads: file name and text, without jsdom navigating. */
function captureDownloads() {
  const files: { name: string; text: Promise<string> }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, text: blobs.get(this.href)!.text() });
  });
  return files;
}

afterEach(() => vi.restoreAllMocks());

describe('Export menu', () => {
  it('opens with the keyboard, moves with arrows, closes with Escape back on the button', async () => {
    const { user } = await renderRoot({ flows: [makeFlow('a', 'Alpha')], hash: '#/flow/a' });
    const button = await screen.findByRole('button', { name: 'Export' });
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    button.focus();
    await user.keyboard('{ArrowDown}');
    const menu = screen.getByRole('menu', { name: 'Export' });
    const items = within(menu).getAllByRole('menuitem').map((item) => item.textContent);
    expect(items).toEqual(['Flow JSON (.baton.json)', 'Runtime program (.json)', 'Canvas picture (SVG)', 'Canvas picture (PNG)']);
    expect(within(menu).getByRole('menuitem', { name: 'Flow JSON (.baton.json)' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(menu).getByRole('menuitem', { name: 'Runtime program (.json)' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(within(menu).getByRole('menuitem', { name: 'Canvas picture (PNG)' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(menu).getByRole('menuitem', { name: 'Flow JSON (.baton.json)' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('downloads the flow JSON with $schema, and the runtime program without layout, notes or tests', async () => {
    const files = captureDownloads();
    const { user } = await renderRoot({ flows: [makeFlow('a', 'Alpha & co')], hash: '#/flow/a' });
    await user.click(await screen.findByRole('button', { name: 'Export' }));
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'Runtime program (.json)' }));
    expect(files.map((f) => f.name)).toEqual(['alpha-co.baton.json', 'alpha-co.program.baton.json']);
    const flow = JSON.parse(await files[0].text);
    const program = JSON.parse(await files[1].text);
    expect(flow.$schema).toBe('./baton-flow.schema.json');
    expect(flow.nodes.map((n: { type: string }) => n.type)).toContain('note');
    expect(Object.keys(flow.layout.nodes)).not.toHaveLength(0);
    expect(program.nodes.map((n: { type: string }) => n.type)).not.toContain('note');
    expect(program.layout.nodes).toEqual({});
    expect(program.tests).toEqual([]);
  });
});

describe('History tab', () => {
  it('restores a named checkpoint as one step that Undo takes back', async () => {
    const { user } = await renderRoot({ flows: [makeFlow('a', 'Alpha')], hash: '#/flow/a' });
    await user.click(await screen.findByRole('tab', { name: 'History' }));
    // The History tab loads on first open.
    await user.type(await screen.findByRole('textbox', { name: 'Checkpoint name' }), 'Before renaming');
    await user.click(screen.getByRole('button', { name: 'Create checkpoint' }));
    await screen.findByRole('button', { name: 'Restore Before renaming' });

    const name = screen.getByRole('textbox', { name: 'Flow name' });
    await user.clear(name);
    await user.type(name, 'Renamed{Enter}');
    expect(name).toHaveValue('Renamed');
    await user.click(screen.getByRole('button', { name: 'Restore Before renaming' }));
    await waitFor(() => expect(name).toHaveValue('Alpha'));
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveAttribute('title', expect.stringContaining('Undo Restore revision'));
    await user.click(undo);
    expect(name).toHaveValue('Renamed');
  });
});

describe('Another tab saved', () => {
  it('tells an idle tab its copy is behind and reloads the latest version on request', async () => {
    const { user, library } = await renderRoot({ flows: [makeFlow('a', 'Alpha')], hash: '#/flow/a' });
    await screen.findByRole('textbox', { name: 'Flow name' });
    const opened = await library.openFlow('a');
    const version = await library.saveFlow({ ...opened.flow, name: 'Alpha, from the other tab' }, opened.version);
    act(() => broadcastSaves({ type: 'saved', flowId: 'a', version }));
    const banner = await screen.findByText('Another tab saved a newer version of this flow.');
    await user.click(within(banner.parentElement!).getByRole('button', { name: 'Load latest version' }));
    await waitFor(async () => expect(await screen.findByRole('textbox', { name: 'Flow name' })).toHaveValue('Alpha, from the other tab'));
    expect(screen.queryByText('Another tab saved a newer version of this flow.')).toBeNull();
  });
});
