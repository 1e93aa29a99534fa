import { useReactFlow } from '@xyflow/react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { exportFlowJson } from '../../storage/exportFlowJson';
import { exportRuntimeProgram } from '../../storage/exportRuntimeProgram';
import { fileNameFor } from '../../storage/fileNameFor';
import { useEditorStore } from '../store/useEditorStore';
import type { PictureFormat } from './captureCanvas';
import { downloadFile } from './downloadFile';

interface ExportItem {
  label: string;
  run(): void | Promise<void>;
}

/**
 * The header's Export menu (WAI-ARIA menu button): Enter, Space or ArrowDown open it on the first
 * item, arrows/Home/End move, Escape closes and returns focus to the button.
 */
export function ExportMenu() {
  const store = useEditorStore();
  const reactFlow = useReactFlow();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const flow = () => store.getState().flow;
  const picture = async (format: PictureFormat) => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    if (!viewport) throw new Error('The canvas is not on screen');
    const slug = fileNameFor(flow()).replace(/\.baton\.json$/, '');
    // The capture code (and html-to-image after it) loads with the first picture export.
    const { captureCanvas } = await import('./captureCanvas');
    downloadFile(`${slug}.${format}`, await captureCanvas(reactFlow, viewport, format));
  };
  const items: ExportItem[] = [
    { label: 'Flow JSON (.baton.json)', run: () => downloadFile(fileNameFor(flow()), exportFlowJson(flow())) },
    { label: 'Runtime program (.json)', run: () => downloadFile(fileNameFor(flow(), 'program'), exportRuntimeProgram(flow())) },
    { label: 'Canvas picture (SVG)', run: () => picture('svg') },
    { label: 'Canvas picture (PNG)', run: () => picture('png') },
  ];

  const focusItem = (index: number) => {
    const all = menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]');
    if (all?.length) all[(index + all.length) % all.length].focus();
  };

  useEffect(() => {
    if (!open) return;
    focusItem(0);
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  function close() {
    setOpen(false);
    button.current?.focus();
  }

  async function choose(item: ExportItem) {
    close();
    try {
      await item.run();
      setError(null);
    } catch (e) {
      setError(`${item.label} could not be exported: ${(e as Error).message}`);
    }
  }

  function onButtonKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
    }
  }

  function onMenuKeyDown(event: KeyboardEvent) {
    const all = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = all.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: all.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      focusItem(moves[event.key]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation(); // Escape must not also clear the canvas selection
      close();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  }

  return (
    <div className="export-menu" ref={root}>
      <button
        ref={button}
        type="button"
        className="btn"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={onButtonKeyDown}
      >
        Export
        <svg width="10" height="10" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.5" aria-hidden="true">
          <path d="m6 9 6 6 6-6" />
        </svg>
      </button>
      {open && (
        <div ref={menu} id={menuId} role="menu" aria-label="Export" className="export-menu-list" onKeyDown={onMenuKeyDown}>
          {items.map((item) => (
            <button key={item.label} type="button" role="menuitem" tabIndex={-1} className="export-menu-item" onClick={() => void choose(item)}>
              {item.label}
            </button>
          ))}
        </div>
      )}
      {error && (
        <p className="export-menu-error" role="alert">
          {error}
          <button type="button" className="btn btn-ghost btn-sm" aria-label="Dismiss export error" onClick={() => setError(null)}>
            ×
          </button>
        </p>
      )}
    </div>
  );
}
