// What a tunnel's first bytes say they are for, without terminating anything: the server name of a TLS
// ClientHello (the record header, the handshake header, the fields up to the extensions, then the server_name
// extension, RFC 6066 section 3), or the Host header of a plain HTTP request (clients that tunnel http:// URLs
// through CONNECT too). Anything else is refused.
import type { Socket } from 'node:net';

const MAX_HELLO = 16 * 1024 + 5;

/** The ClientHello's bytes (to forward as they are) and its SNI, or why there is none. */
export function readClientHelloSni(socket: Socket, head: Buffer, timeoutMs: number): Promise<{ bytes: Buffer; sni: string } | { reason: string }> {
  return new Promise((resolve) => {
    let buffered = head;
    const finish = (result: { bytes: Buffer; sni: string } | { reason: string }) => {
      clearTimeout(timer);
      socket.off('data', onData);
      socket.off('end', onEnd);
      socket.pause();
      resolve(result);
    };
    const onEnd = () => finish({ reason: 'the client closed the tunnel before a TLS ClientHello' });
    const onData = (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      check();
    };
    const check = () => {
      if (buffered.length < 5) return;
      if (buffered[0] !== 0x16) {
        const text = buffered.toString('latin1');
        if (!/^[A-Z]{3,10} \S+ HTTP\/1\.[01]\r\n/.test(text.slice(0, 2048))) {
          return finish({ reason: 'not TLS or HTTP: a tunnel carries TLS or HTTP to the named host only' });
        }
        const end = text.indexOf('\r\n\r\n');
        if (end === -1) return buffered.length > MAX_HELLO ? finish({ reason: 'HTTP request headers too large' }) : undefined;
        const host = /\r\nhost:[ \t]*([^\r\n]+)/i.exec(text.slice(0, end + 2))?.[1]?.trim();
        if (!host) return finish({ reason: 'the HTTP request in the tunnel names no Host' });
        return finish({ bytes: buffered, sni: host.replace(/:\d+$/, '').replace(/^\[(.*)\]$/, '$1') });
      }
      const length = buffered.readUInt16BE(3) + 5;
      if (length > MAX_HELLO) return finish({ reason: 'TLS ClientHello too large' });
      if (buffered.length < length) return;
      const sni = parseSni(buffered.subarray(5, length));
      finish(sni ? { bytes: buffered, sni } : { reason: 'the TLS ClientHello names no server (SNI)' });
    };
    const timer = setTimeout(() => finish({ reason: 'no TLS ClientHello in time' }), timeoutMs);
    socket.on('data', onData);
    socket.on('end', onEnd);
    socket.resume();
    check();
  });
}

function parseSni(record: Buffer): string | undefined {
  try {
    if (record[0] !== 0x01) return undefined; // handshake type: ClientHello
    let at = 4 + 2 + 32; // handshake header, client version, random
    at += 1 + record[at]!; // session id
    at += 2 + record.readUInt16BE(at); // cipher suites
    at += 1 + record[at]!; // compression methods
    const end = at + 2 + record.readUInt16BE(at);
    at += 2;
    while (at + 4 <= end) {
      const type = record.readUInt16BE(at);
      const size = record.readUInt16BE(at + 2);
      at += 4;
      if (type === 0x0000) {
        // server_name_list: length, then entries of (type, length, name); host_name is type 0.
        let p = at + 2;
        const listEnd = at + 2 + record.readUInt16BE(at);
        while (p + 3 <= listEnd) {
          const nameType = record[p]!;
          const nameLength = record.readUInt16BE(p + 1);
          if (nameType === 0) return record.subarray(p + 3, p + 3 + nameLength).toString('ascii');
          p += 3 + nameLength;
        }
        return undefined;
      }
      at += size;
    }
  } catch {
    // a truncated or malformed hello names nothing
  }
  return undefined;
}
