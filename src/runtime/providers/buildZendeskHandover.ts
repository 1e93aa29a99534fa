import type { ZendeskDestination } from '../../schema';
import { buildZendeskPassControl, type ZendeskPassControlRequest } from './buildZendeskPassControl';
import { buildZendeskTransfer, type ZendeskTransferRequest } from './buildZendeskTransfer';

export type ZendeskHandoverRequest = ZendeskTransferRequest | ZendeskPassControlRequest;

/**
 * Zendesk Chat's department routing (the seed's `department_routing`, and the default for flows
 * that do not name a mode) or Zendesk messaging's switchboard passControl.
 */
export function buildZendeskHandover(dest: ZendeskDestination, variables: Readonly<Record<string, string>>): ZendeskHandoverRequest {
  return dest.mode === 'messaging_switchboard' ? buildZendeskPassControl(dest, variables) : buildZendeskTransfer(dest.department_routing);
}
