import { useCallback, useState } from 'react';
import type { ParseResult } from '../../schema/parseFlow';
import type { FlowLibrary } from '../../storage/flowLibrary';
import { importFlowFile } from '../../storage/importFlowFile';
import { importFlowText } from '../../storage/importFlowText';
import type { ImportFailure } from './ImportDialog';

export interface FlowImport {
  /** Whether the Import dialog is shown (opened by the header, or by a refused drop/paste). */
  dialogOpen: boolean;
  failure: ImportFailure | null;
  busy: boolean;
  openDialog(): void;
  closeDialog(): void;
  importFile(file: File, source?: string): Promise<void>;
  importText(text: string, source?: string): Promise<void>;
}

/**
 * Every import path (file picker, dropped file, pasted text) → importFlowText/importFlowFile (size
 * check, migrate, parse: the one way in) → a new flow in the library → `open(id)`. A refusal opens
 * the dialog with each problem; the open flow and the library are left as they were.
 */
export function useFlowImport(library: FlowLibrary, open: (flowId: string) => void | Promise<void>): FlowImport {
  const [dialogOpen, setDialogOpen] = useState(false);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const [busy, setBusy] = useState(false);

  const accept = useCallback(
    async (result: ParseResult, source: string) => {
      if (!result.ok) {
        setFailure({ source, issues: result.issues });
        setDialogOpen(true);
        return;
      }
      try {
        const created = await library.createFlow(result.flow, { ifIdTaken: 'fresh-id' });
        setFailure(null);
        setDialogOpen(false);
        await open(created.flow.id);
      } catch (error) {
        setFailure({ source, issues: [{ path: '', message: `It could not be added to the library: ${(error as Error).message}` }] });
        setDialogOpen(true);
      }
    },
    [library, open],
  );

  const run = useCallback(
    async (parse: () => Promise<ParseResult> | ParseResult, source: string) => {
      setBusy(true);
      try {
        await accept(await parse(), source);
      } finally {
        setBusy(false);
      }
    },
    [accept],
  );

  return {
    dialogOpen,
    failure,
    busy,
    openDialog: useCallback(() => setDialogOpen(true), []),
    closeDialog: useCallback(() => {
      setDialogOpen(false);
      setFailure(null);
    }, []),
    importFile: useCallback((file: File, source = file.name) => run(() => importFlowFile(file), source), [run]),
    importText: useCallback((text: string, source = 'Pasted text') => run(() => importFlowText(text), source), [run]),
  };
}
