import { describe, expect, it } from 'vitest';
import { createSecretDetector } from './secrets.js';

const UPPER32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const key = () => 'AKIA' + Array.from({ length: 16 }, (_, i) => UPPER32[(i * 7 + Date.now()) % 32]).join('');

describe('createSecretDetector', () => {
  it('finds the value of each secret, not the words around it, with the secret rules checks applied', async () => {
    const detector = await createSecretDetector();
    const k = key();
    const text = `deploy with ${k} today; example AKIAIOSFODNN7EXAMPLE is documented`;
    const spans = detector.find(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([k]);
    expect(spans[0]).toMatchObject({ ruleId: 'secret.aws-access-key-id', provider: 'AWS' });
  });

  it("uses the filename to pick configuration rules, and finds nothing in text that has no secret", async () => {
    const detector = await createSecretDetector();
    const env = 'DB_PASSWORD=Zq8!vR2#mW9@pL4x\nLOG_LEVEL=debug\n';
    expect(detector.find(env, '.env').map((s) => env.slice(s.start, s.end))).toEqual(['Zq8!vR2#mW9@pL4x']);
    expect(detector.find('function add(a, b) { return a + b; }', 'math.js')).toEqual([]);
  });
});
