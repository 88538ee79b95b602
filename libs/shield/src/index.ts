// @warden/shield's public API: sessions that tokenize and rehydrate secrets. The gateway builds on these.
export { createSession, type ShieldSession, type RehydrateResult } from './session.js';
export { CATEGORIES, TOKEN_PATTERN, MAX_TOKEN_LENGTH, type TokenCategory } from './tokens.js';
export { startGateway, type Gateway, type GatewayOptions, type GatewayProvider } from './gateway/server.js';
