// Fixture for injection.path-traversal (TypeScript: NestJS, Next.js, Koa, Fastify).
import { Controller, Get, Param, Post, Query, Res, UploadedFile } from '@nestjs/common';
import type { Response } from 'express';
import type { Context } from 'koa';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { NextRequest, NextResponse } from 'next/server';
import * as fs from 'node:fs';
import { promises as fsp } from 'node:fs';
import * as path from 'node:path';

const STORAGE = '/srv/app/storage';
const ALLOWED_THEMES = new Map<string, string>([
  ['dark', 'dark.css'],
  ['light', 'light.css'],
]);

@Controller('documents')
export class DocumentsController {
  @Get(':name')
  read(@Param('name') name: string, @Res() res: Response): void {
    // ruleid: injection.path-traversal
    const body = fs.readFileSync(path.join(STORAGE, name), 'utf8');
    res.send(body);
  }

  @Get('export')
  exportFile(@Query('file') file: string, @Res() res: Response): void {
    // ruleid: injection.path-traversal
    res.download(path.join(STORAGE, 'exports', file));
  }

  @Post('upload')
  async upload(@UploadedFile() upload: { originalname: string; buffer: Buffer }): Promise<void> {
    const dest = `${STORAGE}/incoming/${upload.originalname}`;
    // ruleid: injection.path-traversal
    await fsp.writeFile(dest, upload.buffer);
  }

  @Get('by-id/:id')
  byId(@Param('id') id: string, @Res() res: Response): void {
    const n = Number(id);
    // ok: injection.path-traversal
    res.sendFile(path.join(STORAGE, `${n}.pdf`));
  }

  @Get('theme')
  theme(@Query('name') name: string, @Res() res: Response): void {
    const css = ALLOWED_THEMES.get(name) ?? 'light.css';
    // ok: injection.path-traversal
    res.sendFile(path.join(STORAGE, 'themes', css));
  }

  @Get('safe/:name')
  safe(@Param('name') name: string, @Res() res: Response): void {
    // ok: injection.path-traversal
    res.sendFile(name, { root: path.join(STORAGE, 'public') });
  }
}

// Next.js route handler (App Router)
export async function GET(request: NextRequest): Promise<NextResponse> {
  const file = request.nextUrl.searchParams.get('file') ?? 'index.md';
  // ruleid: injection.path-traversal
  const text = await fsp.readFile(path.join(process.cwd(), 'content', file), 'utf8');
  return NextResponse.json({ text });
}

// Next.js server action
export async function saveDraft(form: FormData): Promise<void> {
  const slug = String(form.get('slug'));
  // ruleid: injection.path-traversal
  fs.writeFileSync(path.join(STORAGE, 'drafts', `${slug}.md`), String(form.get('body')));
}

export async function POST(request: Request): Promise<Response> {
  const { name } = (await request.json()) as { name: string };
  // ruleid: injection.path-traversal
  await fsp.rm(path.join(STORAGE, 'cache', name), { recursive: true });
  return new Response(null, { status: 204 });
}

// Koa
export async function koaAvatar(ctx: Context): Promise<void> {
  const user = ctx.params.user as string;
  // ruleid: injection.path-traversal
  ctx.body = fs.createReadStream(path.join(STORAGE, 'avatars', user + '.png'));
}

export async function koaSafe(ctx: Context): Promise<void> {
  const user = path.basename(ctx.query.user as string);
  // ok: injection.path-traversal
  ctx.body = fs.createReadStream(path.join(STORAGE, 'avatars', user + '.png'));
}

// Fastify
export async function fastifyLog(request: FastifyRequest<{ Querystring: { day: string } }>, reply: FastifyReply) {
  const day = request.query.day;
  // ruleid: injection.path-traversal
  const log = await fsp.readFile(`/var/log/app/${day}.log`, 'utf8');
  return reply.send(log);
}

export async function fastifyConfig(request: FastifyRequest, reply: FastifyReply) {
  const settingsFile = process.env.SETTINGS_FILE ?? '/etc/app/settings.json';
  // ok: injection.path-traversal
  const settings = await fsp.readFile(settingsFile, 'utf8');
  return reply.send({ settings, asked: request.query });
}

export function fastifyLatest(request: FastifyRequest, reply: FastifyReply) {
  const base = path.parse(String(request.headers['x-report'])).base;
  // ok: injection.path-traversal
  return reply.send(fs.readFileSync(path.join(STORAGE, 'reports', base)));
}
