export { loadProviderConfig, ProviderConfigError, PROVIDER_ENV, PROVIDER_DEFAULTS, type ProviderConfig } from './loadProviderConfig';
export { redactProviderConfig } from './redactProviderConfig';
export { createProviderClient, fillProviderRequest, DEFAULT_PROVIDER_TIMEOUT_MS, type ProviderClientOptions } from './createProviderClient';
export { addDialAction, TWILIO_DIAL_ACTION_PATH } from './fillTwilioRequest';
