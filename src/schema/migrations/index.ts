import type { Migration } from './types';
import { splitLayoutFromNodes } from './0001_splitLayoutFromNodes';

/** Consecutive migrations, oldest first; `MIGRATIONS[i].from === i`. */
export const MIGRATIONS: readonly Migration[] = [splitLayoutFromNodes];
export type { Migration };
