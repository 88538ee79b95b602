// The bridge that runs first inside a bwrap sandbox: the sandbox has its own network namespace with only a
// loopback interface, so the agent's HTTP(S)_PROXY points at 127.0.0.1:3128 there, and this relays each
// connection to the egress proxy's unix socket, the sandbox's one way out. Then it runs the agent and exits
// with its status. Written into the run folder as a file: the sandbox's user may not read Warden's install.
export const BRIDGE_SOURCE = `// Warden egress bridge (generated): 127.0.0.1:PORT inside the sandbox -> the proxy's unix socket.
import { createServer, connect } from 'node:net';
import { spawn } from 'node:child_process';
const [port, socketPath, sep, command, ...args] = process.argv.slice(2);
if (sep !== '--' || !command) { process.stderr.write('bridge: usage: PORT SOCKET -- COMMAND [ARGS]\\n'); process.exit(2); }
const server = createServer((client) => {
  const upstream = connect(socketPath);
  client.pipe(upstream).pipe(client);
  const close = () => { client.destroy(); upstream.destroy(); };
  client.on('error', close); upstream.on('error', close);
});
server.listen(Number(port), '127.0.0.1', () => {
  const child = spawn(command, args, { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (err) => { process.stderr.write('bridge: cannot start ' + command + ': ' + err.message + '\\n'); process.exit(127); });
  child.on('exit', (code, signal) => { server.close(); process.exit(code ?? (signal ? 128 : 1)); });
});
`;
