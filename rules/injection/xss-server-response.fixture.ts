// Fixture for injection.xss-server-response (TypeScript: NestJS, Next.js route handlers, typed Express).
import { Controller, Get, Header, Param, Query, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { NextRequest } from 'next/server';
import escapeHtml from 'escape-html';

@Controller('profile')
export class ProfileController {
  @Get(':handle')
  @Header('Content-Type', 'text/html')
  show(@Param('handle') handle: string, @Query('tab') tab?: string): string {
    // ruleid: injection.xss-server-response
    return `<h1>@${handle}</h1><nav>${tab ?? 'posts'}</nav>`;
  }

  @Get('safe/:handle')
  @Header('Content-Type', 'text/html')
  showSafe(@Param('handle') handle: string): string {
    // ok: injection.xss-server-response
    return `<h1>@${escapeHtml(handle)}</h1>`;
  }

  @Get('json/:handle')
  json(@Param('handle') handle: string) {
    // ok: injection.xss-server-response
    return { handle, html: false };
  }

  @Get('raw')
  raw(@Query('msg') msg: string, @Res() res: Response): void {
    // ruleid: injection.xss-server-response
    res.send('<div class="flash">' + msg + '</div>');
  }
}

export async function GET(request: NextRequest): Promise<Response> {
  const q = request.nextUrl.searchParams.get('q') ?? '';
  // ruleid: injection.xss-server-response
  return new Response(`<!doctype html><title>${q}</title>`, { headers: { 'content-type': 'text/html' } });
}

export async function POST(request: Request): Promise<Response> {
  const body = await (request as unknown as globalThis.Request).text();
  // ok: injection.xss-server-response
  return new Response(JSON.stringify({ received: body.length }), { headers: { 'content-type': 'application/json' } });
}

export function typedHandler(req: Request, res: Response): void {
  const name = String(req.query.name);
  // ruleid: injection.xss-server-response
  res.send(`<p>Welcome back, ${name as string}!</p>`);
  // ok: injection.xss-server-response
  res.send(`<p>${Number(req.query.count)} items</p>`);
}
