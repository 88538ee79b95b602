// The `warden` command line: dispatch to a command, turn user errors into one line and exit 2.
import { WardenError } from '@warden/sentinel';
import { doctorCommand } from './commands/doctor.js';
import { gateCommand } from './commands/gate.js';
import { hookCommand } from './commands/hook.js';
import { licenseCommand } from './commands/license.js';
import { rulesCommand } from './commands/rules.js';
import { scanCommand } from './commands/scan.js';
import { EXIT, type CliIO } from './io.js';
import { VERSION } from './version.js';

const HELP = `warden ${VERSION}: guardrails for AI coding agents

Usage: warden <command> [options]

Commands
  scan [paths...]     scan files, staged changes (--staged) or a revision range (--base/--head)
  gate --base REV     the merge gate: scan a change, block on what it adds (stricter for agent changes)
  hook pre-commit|pre-push|install
                      git hooks: staged secrets and licenses; every rule on pushed commits; install them
  rules list|test     list the rules, or test rules against their fixtures
  agent run           run a coding agent on a ticket, sandboxed; the gate decides what is committed
  audit verify        check the run log's hash chain
  queue add|list|claim  the shared ticket queue (agent run --from-queue takes the next)
  shield gateway      a local provider gateway that keeps secrets on this machine
  mcp                 Warden as an MCP server over stdio (scan, check_license, explain_rule)
  doctor              check hooks, rule packs, warden.json, sandbox backends and branch protection
  license index DIR   build a license index of a copyleft corpus, to find code copied from it

Run "warden <command> --help" for a command's options.`;

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'scan':
        return await scanCommand(args, io);
      case 'rules':
        return await rulesCommand(args, io);
      case 'gate':
        return await gateCommand(args, io);
      case 'hook':
        return await hookCommand(args, io);
      case 'doctor':
        return await doctorCommand(args, io);
      // Loaded on use: a hook's start-up must not pay for the agent runner and the sandbox.
      case 'agent':
        return await (await import('./commands/agent.js')).agentCommand(args, io);
      case 'audit':
        return await (await import('./commands/agent.js')).auditCommand(args, io);
      case 'mcp':
        return await (await import('./commands/mcp.js')).mcpCommand(args, io);
      case 'shield':
        return await (await import('./commands/shield.js')).shieldCommand(args, io);
      case 'queue':
        return await (await import('./commands/agent.js')).queueCommand(args, io);
      case 'license':
        return await licenseCommand(args, io);
      case '--version':
      case '-V':
      case 'version':
        io.stdout.write(`${VERSION}\n`);
        return EXIT.clean;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout.write(HELP + '\n');
        return command === undefined ? EXIT.usage : EXIT.clean;
      default:
        throw new WardenError(`unknown command "${command}". Run "warden --help" for the list`);
    }
  } catch (err) {
    if (err instanceof WardenError) {
      io.stderr.write(`warden: ${err.message}\n`);
      return err.exitCode;
    }
    const debug = argv.includes('--debug') || io.env.WARDEN_DEBUG === '1';
    io.stderr.write(`warden: internal error: ${(err as Error).message?.split('\n')[0] ?? String(err)}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug) io.stderr.write(`${(err as Error).stack ?? ''}\n`);
    return EXIT.usage;
  }
}
