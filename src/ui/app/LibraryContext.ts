import { createContext } from 'react';
import type { FlowLibrary } from '../../storage/flowLibrary';

/** The flow library the app runs on (tests give their own over fake-indexeddb). */
export const LibraryContext = createContext<FlowLibrary | null>(null);
