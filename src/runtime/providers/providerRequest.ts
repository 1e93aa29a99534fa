import type { LiveChatHandoverRequest } from './buildLiveChatHandover';
import type { MessengerPassThreadControlRequest } from './buildMessengerPassThreadControl';
import type { TwilioTransferRequest } from './buildTwilioTransfer';
import type { ZendeskTransferRequest } from './buildZendeskTransfer';

/** The exact request a handover sends, by provider; shown in the simulator and matched by tests. */
export type ProviderRequest =
  | LiveChatHandoverRequest
  | ZendeskTransferRequest
  | MessengerPassThreadControlRequest
  | TwilioTransferRequest;
