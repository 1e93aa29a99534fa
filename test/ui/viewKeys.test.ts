import { describe, expect, it } from 'vitest';
import { viewActionFor } from '../../src/ui/canvas/viewKeys';

const press = (key: string, extra: Partial<{ code: string; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  viewActionFor({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...extra });

describe('view keys', () => {
  it('zooms with + / = and -, whether or not Shift is needed to type them', () => {
    expect(press('=')).toBe('zoomIn');
    expect(press('+', { shiftKey: true })).toBe('zoomIn');
    expect(press('-')).toBe('zoomOut');
    expect(press('_', { shiftKey: true })).toBe('zoomOut');
  });

  it('reads Shift+1 / 2 / 0 from the physical key, whatever character the layout types', () => {
    expect(press('!', { code: 'Digit1', shiftKey: true })).toBe('fitAll');
    expect(press('1', { code: 'Digit1', shiftKey: true })).toBe('fitAll'); // AZERTY types "1" with Shift
    expect(press('"', { code: 'Digit2', shiftKey: true })).toBe('fitSelection');
    expect(press(')', { code: 'Digit0', shiftKey: true })).toBe('actualSize');
    expect(press('1', { code: 'Digit1' })).toBeNull();
  });

  it('leaves Ctrl/⌘/Alt combinations to the browser, and other keys alone', () => {
    expect(press('=', { ctrlKey: true })).toBeNull();
    expect(press('-', { metaKey: true })).toBeNull();
    expect(press('!', { code: 'Digit1', shiftKey: true, altKey: true })).toBeNull();
    expect(press('a')).toBeNull();
    expect(press('Delete')).toBeNull();
  });
});
