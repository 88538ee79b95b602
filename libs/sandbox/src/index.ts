// @warden/sandbox's public API: the egress proxy and its policy, environment scrubbing, worktrees and the
// sandbox backends.
export { startEgressProxy, type EgressDecision, type EgressProxy, type EgressProxyOptions, type Lookup } from './egress/proxy.js';
export { hostAllowed, DEFAULT_EGRESS_HOSTS, PROVIDER_HOSTS } from './egress/allowlist.js';
export { forbiddenAddress } from './egress/address.js';
export { buildEnvironment, CREDENTIAL_NAME, type EnvironmentOptions } from './env.js';
export { createWorktree, removeWorktree, pruneDanglingWorktrees, slugOf, git, type Worktree } from './worktree.js';
export { chooseBackend, type BackendName } from './backends/index.js';
export type { SandboxBackend, SandboxSpec, SandboxResult } from './backends/types.js';
export { WardenSandboxError } from './errors.js';
