import type { DestinationKind } from '../schema';

/** The text a new Conversation Routing handover sends with thread control (the Send API message needs one). */
export const NEW_PASS_MESSAGE = 'Connecting you with our team.';

/**
 * What a destination chosen in "Hand over to" starts with, beyond the schema's defaults. The
 * schema's defaults are for reading: a Messenger destination without `protocol` is an older flow
 * written for the Handover Protocol and stays one. A new Messenger destination follows what Meta
 * documents now, Conversation Routing (thread control on a Send API message), with a pass message
 * so it is valid from the start.
 */
export const NEW_DESTINATION_DEFAULTS: Partial<Record<DestinationKind, Record<string, unknown>>> = {
  messenger: { protocol: 'conversation_routing', passMessage: NEW_PASS_MESSAGE },
};
