// Fixture for injection.eval-non-literal (TypeScript).
import type { Request } from 'express';

export function calculate(req: Request): number {
  const expression = String(req.body.expression);
  // ruleid: injection.eval-non-literal
  return eval(expression) as number;
}

export function withAssertion(input: unknown): unknown {
  // ruleid: injection.eval-non-literal
  return eval(input as string);
}

export function compile(params: string[], body: string): (...args: unknown[]) => unknown {
  // ruleid: injection.eval-non-literal
  return new Function(...params, body) as (...args: unknown[]) => unknown;
}

export function schedule(task: string): void {
  // ruleid: injection.eval-non-literal
  setTimeout(`run('${task}')`, 10);
}

interface Sandbox {
  eval(code: string): unknown;
}

export function safe(sandbox: Sandbox, code: string): unknown {
  // ok: injection.eval-non-literal
  eval('2 * 21' as string);
  // ok: injection.eval-non-literal
  const answer: number = eval(`6 * 7`);
  // ok: injection.eval-non-literal
  setTimeout((): void => undefined, 10);
  // ok: injection.eval-non-literal
  return sandbox.eval(code) ?? answer;
}
