import type { Flow } from '../../schema';
import { EXISTING_ASSIGNEE } from '../../runtime';

/** A staff member's display name; ids the flow does not list are shown as they are. */
export function staffName(flow: Flow, id: string | null): string {
  if (!id) return 'An agent';
  if (id === EXISTING_ASSIGNEE) return 'Existing assignee';
  return flow.settings.staff.find((s) => s.id === id)?.name ?? id;
}
