import type { LiveChatHandoverRequest } from './buildLiveChatHandover';
import type { MessengerPassThreadControlRequest } from './buildMessengerPassThreadControl';
import type { MessengerRoutingPassRequest } from './buildMessengerRoutingPass';
import type { TwilioTransferRequest } from './buildTwilioTransfer';
import type { ZendeskPassControlRequest } from './buildZendeskPassControl';
import type { ZendeskTransferRequest } from './buildZendeskTransfer';

/** The exact request a handover sends, by provider; shown in the simulator and matched by tests. */
export type ProviderRequest =
  | LiveChatHandoverRequest
  | ZendeskTransferRequest
  | ZendeskPassControlRequest
  | MessengerPassThreadControlRequest
  | MessengerRoutingPassRequest
  | TwilioTransferRequest;
