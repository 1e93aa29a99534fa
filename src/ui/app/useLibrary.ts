import { useContext } from 'react';
import type { FlowLibrary } from '../../storage/flowLibrary';
import { getFlowLibrary } from '../../storage/getFlowLibrary';
import { LibraryContext } from './LibraryContext';

/** The library from LibraryContext, or the app's shared one. */
export function useLibrary(): FlowLibrary {
  return useContext(LibraryContext) ?? getFlowLibrary();
}
