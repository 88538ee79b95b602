// `warden shield gateway`: the provider gateway as a local server, for an agent (or any client) run outside
// Warden's runner. The real API key comes from the gateway's own environment; the client gets the gateway's URL
// and any dummy key.
import { createSession, startGateway, type GatewayProvider } from '@warden/shield';
import { WardenError } from '@warden/sentinel';
import { int, parse } from '../args.js';
import { EXIT, type CliIO } from '../io.js';

export const SHIELD_USAGE = 'warden shield gateway --provider anthropic|openai [--upstream URL] [--port N] [--no-rehydrate] [--rehydrate-commands]';

const UPSTREAMS: Record<GatewayProvider, string> = { anthropic: 'https://api.anthropic.com', openai: 'https://api.openai.com' };
const KEYS: Record<GatewayProvider, string> = { anthropic: 'ANTHROPIC_API_KEY', openai: 'OPENAI_API_KEY' };

export async function shieldCommand(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'gateway') throw new WardenError(`usage: ${SHIELD_USAGE}`);
  const { values: v } = parse(
    rest,
    { provider: { type: 'string' }, upstream: { type: 'string' }, port: { type: 'string' }, 'no-rehydrate': { type: 'boolean' }, 'rehydrate-commands': { type: 'boolean' } },
    SHIELD_USAGE,
  );
  const provider = v.provider as GatewayProvider | undefined;
  if (provider !== 'anthropic' && provider !== 'openai') throw new WardenError(`--provider must be anthropic or openai. Usage: ${SHIELD_USAGE}`);
  const apiKey = io.env[KEYS[provider]];
  if (!apiKey) throw new WardenError(`${KEYS[provider]} is not set: the gateway adds the real key upstream, so it needs it in its own environment`);
  const session = await createSession();
  const gateway = await startGateway({
    provider,
    upstream: v.upstream ?? UPSTREAMS[provider],
    apiKey,
    session,
    port: int(v.port, '--port') ?? 0,
    rehydrate: !v['no-rehydrate'],
    rehydrateCommands: v['rehydrate-commands'],
  });
  const baseVar = provider === 'anthropic' ? 'ANTHROPIC_BASE_URL' : 'OPENAI_BASE_URL';
  io.stdout.write(`warden: shield gateway for ${provider} on ${gateway.url}\n  point the client at it: ${baseVar}=${gateway.url}${provider === 'openai' ? '/v1' : ''} ${KEYS[provider]}=dummy\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await gateway.close();
  session.destroy();
  return EXIT.clean;
}
