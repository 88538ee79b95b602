// Fixture for injection.ssrf (TypeScript: NestJS, Next.js, Fastify).
import { HttpService } from '@nestjs/axios';
import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import axios from 'axios';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { NextRequest, NextResponse } from 'next/server';
import { firstValueFrom } from 'rxjs';

const CATALOG_URL = 'https://catalog.internal.test';
const ALLOWED_FEEDS = new Map<string, string>([['news', 'https://feeds.test/news.xml']]);

interface ImportDto {
  sourceUrl: string;
  label: string;
}

@Controller('integrations')
export class IntegrationsController {
  constructor(private readonly httpService: HttpService) {}

  @Get('probe')
  async probe(@Query('target') target: string): Promise<number> {
    // ruleid: injection.ssrf
    const res = await firstValueFrom(this.httpService.get(target));
    return res.status;
  }

  @Post('import')
  async import(@Body() dto: ImportDto): Promise<unknown> {
    // ruleid: injection.ssrf
    const { data } = await axios.get<unknown>(dto.sourceUrl);
    return data;
  }

  @Get('product')
  async product(@Query('sku') sku: string): Promise<unknown> {
    // ok: injection.ssrf
    const res = await firstValueFrom(this.httpService.get(`${CATALOG_URL}/products/${encodeURIComponent(sku)}`));
    return res.data;
  }

  @Get('feed')
  async feed(@Query('name') name: string): Promise<string> {
    const url = ALLOWED_FEEDS.get(name) ?? 'https://feeds.test/default.xml';
    // ok: injection.ssrf
    const { data } = await axios.get<string>(url);
    return data;
  }
}

// Next.js route handlers (App Router)
export async function GET(request: NextRequest): Promise<NextResponse> {
  const target = request.nextUrl.searchParams.get('url');
  if (!target) return NextResponse.json({ error: 'missing url' }, { status: 400 });
  // ruleid: injection.ssrf
  const upstream = await fetch(target, { cache: 'no-store' });
  return new NextResponse(upstream.body, { status: upstream.status });
}

export async function POST(request: Request): Promise<Response> {
  const { webhook } = (await request.json()) as { webhook: string };
  // ruleid: injection.ssrf
  await fetch(webhook, { method: 'POST', body: JSON.stringify({ ok: true }) });
  return new Response(null, { status: 204 });
}

export async function PUT(request: Request): Promise<Response> {
  const { id } = (await request.json()) as { id: string };
  // ok: injection.ssrf
  const upstream = await fetch(`https://inventory.internal.test/items/${encodeURIComponent(id)}`, { method: 'PUT' });
  return new Response(upstream.body, { status: upstream.status });
}

// Fastify
export async function fastifyRender(
  request: FastifyRequest<{ Querystring: { page: string } }>,
  reply: FastifyReply,
): Promise<void> {
  const page = request.query.page;
  // ruleid: injection.ssrf
  const html = await (await fetch('http://' + page)).text();
  await reply.type('text/html').send(html);
}

export async function fastifyStats(
  request: FastifyRequest<{ Params: { team: string } }>,
  reply: FastifyReply,
): Promise<void> {
  const team = request.params.team;
  // ok: injection.ssrf
  const { data } = await axios.get(CATALOG_URL + '/teams/' + team + '/stats');
  await reply.send(data);
}

export async function warmCache(urls: string[]): Promise<void> {
  for (const url of urls) {
    // ok: injection.ssrf
    await fetch(url);
  }
}
