import { WardenSandboxError } from '../errors.js';
import { bwrapBackend } from './bwrap.js';
import { containerBackend } from './container.js';
import { noneBackend } from './none.js';
import type { SandboxBackend } from './types.js';

export type BackendName = SandboxBackend['name'];

/** The named backend, checked: an unavailable one is an error that says why, never a silent fall-back. */
export async function chooseBackend(name: BackendName = 'bwrap', options: { image?: string } = {}): Promise<SandboxBackend> {
  const backend = name === 'bwrap' ? bwrapBackend() : name === 'none' ? noneBackend() : name === 'docker' || name === 'podman' ? containerBackend(name, options.image) : undefined;
  if (!backend) throw new WardenSandboxError(`unknown sandbox backend "${name}": expected bwrap, docker, podman or none`);
  const check = await backend.available();
  if (!check.ok) throw new WardenSandboxError(`${check.reason}; choose another with --sandbox (docker, podman, or none at your own risk)`);
  return backend;
}
