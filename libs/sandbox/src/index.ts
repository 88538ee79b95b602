// @warden/sandbox's public API: the egress proxy and its policy, environment scrubbing, worktrees and the
// sandbox backends.
export { startEgressProxy, type EgressDecision, type EgressProxy, type EgressProxyOptions, type Lookup } from './egress/proxy.js';
export { hostAllowed, DEFAULT_EGRESS_HOSTS, PROVIDER_HOSTS } from './egress/allowlist.js';
export { forbiddenAddress } from './egress/address.js';
