// One small HTTP client for the ticket systems: JSON in and out, one-line errors for what a user will meet
// (not found, no permission, rate limited, network down, malformed answers), and Retry-After honoured once.
export class TicketError extends Error {
  override name = 'TicketError';
}

export interface JsonResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

const MAX_RETRY_WAIT_S = 60;

export async function requestJson<T>(
  what: string,
  url: string,
  init: { method?: string; headers: Record<string, string>; body?: unknown },
  options: { okStatuses?: number[]; sleep?: (ms: number) => Promise<void> } = {},
): Promise<JsonResponse<T>> {
  const sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  for (let attempt = 0; ; attempt++) {
    let res: Response;
    try {
      res = await fetch(url, {
        method: init.method ?? 'GET',
        headers: { Accept: 'application/json', ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...init.headers },
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (err) {
      const inner = (err as { cause?: { code?: string; message?: string } }).cause;
      const cause = inner?.code ?? /\b(E[A-Z]+)\b/.exec(inner?.message ?? '')?.[1] ?? inner?.message ?? (err as Error).message;
      throw new TicketError(`${what}: cannot reach ${new URL(url).host} (${cause})`);
    }
    const rateLimited = res.status === 429 || (res.status === 403 && res.headers.get('x-ratelimit-remaining') === '0');
    if (rateLimited) {
      const wait = Number(res.headers.get('retry-after') ?? '') || Math.max(0, Number(res.headers.get('x-ratelimit-reset') ?? 0) - Date.now() / 1000);
      if (attempt === 0 && wait <= MAX_RETRY_WAIT_S) {
        await sleep(Math.ceil(wait) * 1000);
        continue;
      }
      throw new TicketError(`${what}: rate limited by ${new URL(url).host}${wait ? `; try again in ${Math.ceil(wait)} s` : ''}`);
    }
    if (res.status === 404) throw new TicketError(`${what}: not found (or the token cannot see it)`);
    if (res.status === 401 || res.status === 403) throw new TicketError(`${what}: no permission (${res.status}): check the token's access`);
    const text = await res.text();
    if (!res.ok && !(options.okStatuses ?? []).includes(res.status)) throw new TicketError(`${what}: ${new URL(url).host} answered ${res.status}`);
    if (text === '' || res.status === 204) return { status: res.status, body: undefined as T, headers: res.headers };
    try {
      return { status: res.status, body: JSON.parse(text) as T, headers: res.headers };
    } catch {
      throw new TicketError(`${what}: malformed response from ${new URL(url).host} (not JSON)`);
    }
  }
}
