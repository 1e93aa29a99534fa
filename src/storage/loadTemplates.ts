import type { FlowTemplate } from './templates';

let pending: Promise<readonly FlowTemplate[]> | null = null;

/**
 * The starter templates, fetched when the library first shows them: their JSON (~5 KB gzip) and
 * parsing stay out of the start-up bundle, which an opened flow never needs (issue 7). One fetch
 * is shared by every caller; a failed one is forgotten so the next call tries again.
 */
export function loadTemplates(): Promise<readonly FlowTemplate[]> {
  pending ??= import('./templates').then(
    (module) => module.templates,
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}
