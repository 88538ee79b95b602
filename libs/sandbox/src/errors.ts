/** A sandbox that cannot be set up: a one-line message for the user. */
export class WardenSandboxError extends Error {
  override name = 'WardenSandboxError';
}
