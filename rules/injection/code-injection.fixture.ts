// Fixture for injection.code-injection (TypeScript: NestJS, Next.js, Express, browser).
import { Body, Controller, Post, Query, Get } from '@nestjs/common';
import { NextRequest, NextResponse } from 'next/server';
import type { Request, Response } from 'express';
import * as vm from 'node:vm';
import { Script } from 'node:vm';

const OPERATIONS: Record<string, (a: number, b: number) => number> = {
  add: (a, b) => a + b,
  mul: (a, b) => a * b,
};

class RuleDto {
  condition!: string;
  name!: string;
}

@Controller('rules')
export class RulesController {
  @Post()
  evaluate(@Body() dto: RuleDto): boolean {
    // ruleid: injection.code-injection
    const check = new Function('user', 'return ' + dto.condition) as (u: unknown) => boolean;
    return check({});
  }

  @Get('preview')
  preview(@Query('expr') expr: string): unknown {
    // ruleid: injection.code-injection
    return vm.runInThisContext(expr);
  }

  @Get('compute')
  compute(@Query('op') op: string, @Query('a') a: string): number {
    const fn = OPERATIONS[op];
    // ok: injection.code-injection
    return fn ? fn(Number(a), 1) : eval('0');
  }
}

export async function POST(request: NextRequest) {
  const { source } = (await request.json()) as { source: string };
  // ruleid: injection.code-injection
  const script = new Script(source, { filename: 'user.js' });
  return NextResponse.json({ value: script.runInNewContext({}) });
}

export function handler(req: Request, res: Response): void {
  const name = req.params.name;
  // ruleid: injection.code-injection
  const value: unknown = eval(`settings.${name}`);
  // ok: injection.code-injection
  const safe: unknown = JSON.parse(String(req.query.data));
  res.json({ value, safe });
}

export function bootstrap(): void {
  window.addEventListener('message', (event: MessageEvent) => {
    // ruleid: injection.code-injection
    eval(event.data as string);
  });
  const theme = document.location.hash;
  // ok: injection.code-injection
  setTimeout(() => applyTheme(theme), 0);
}

function applyTheme(theme: string): void {
  document.body.className = theme;
}
