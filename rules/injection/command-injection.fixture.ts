// Fixture for injection.command-injection (TypeScript: NestJS, Next.js, Express).
import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { exec, execFile, execFileSync, execSync, spawn, spawnSync } from 'node:child_process';
import * as cp from 'child_process';
import { promisify } from 'node:util';
import { NextRequest, NextResponse } from 'next/server';
import type { Request, Response } from 'express';
import { quote } from 'shell-quote';

const execPromise = promisify(exec);

const ALLOWED_FORMATS: Record<string, string> = { png: 'png', jpg: 'jpeg' };

class BackupDto {
  database!: string;
  target!: string;
}

@Controller('ops')
export class OpsController {
  @Get('dig')
  dig(@Query('domain') domain: string): string {
    // ruleid: injection.command-injection
    return execSync(`dig +short ${domain}`).toString();
  }

  @Post('backup')
  backup(@Body() dto: BackupDto): void {
    const file = `/backups/${dto.database}.sql`;
    // ruleid: injection.command-injection
    cp.exec(`pg_dump ${dto.database} > ${file}`);
  }

  @Get('logs/:service')
  logs(@Param('service') service: string): string {
    // ruleid: injection.command-injection
    const result = spawnSync('journalctl', ['-u', service], { shell: '/bin/bash', encoding: 'utf8' });
    return result.stdout;
  }

  @Get('status/:service')
  status(@Param('service') service: string): string {
    // ok: injection.command-injection
    return execFileSync('systemctl', ['status', '--', service], { encoding: 'utf8' });
  }

  @Get('resize')
  resize(@Query('format') format: string): string {
    const fmt = ALLOWED_FORMATS[format] ?? 'png';
    // ok: injection.command-injection
    return execSync(`convert in.bmp out.${fmt}`).toString();
  }

  @Get('uptime')
  uptime(): string {
    // ok: injection.command-injection
    return execSync('uptime').toString();
  }
}

// Next.js route handler
export async function POST(request: NextRequest) {
  const { repo } = await request.json();
  // ruleid: injection.command-injection
  const { stdout } = await execPromise(`git ls-remote ${repo}`);
  return NextResponse.json({ stdout });
}

export async function GET(request: NextRequest) {
  const pkg = request.nextUrl.searchParams.get('pkg') ?? '';
  // ok: injection.command-injection
  const child = spawn('npm', ['view', pkg, 'version']);
  // ok: injection.command-injection
  execFile('npm', ['view', quote([pkg])]);
  return new Response(child.pid ? 'started' : 'failed');
}

// Next.js server action
export async function renameAction(formData: FormData) {
  const name = formData.get('name') as string;
  // ruleid: injection.command-injection
  execSync('mv upload.tmp ' + name);
}

// Express with types
export function lookup(req: Request, res: Response): void {
  const user = req.query.user as string;
  // ruleid: injection.command-injection
  exec('finger ' + user, (err, stdout) => res.send(stdout));
  // ok: injection.command-injection
  execFile('finger', [user], (err, stdout) => res.send(stdout));
}

export function fromEnvironment(): void {
  const home = process.env.HOME ?? '/tmp';
  // ok: injection.command-injection
  execSync(`ls ${home}`);
}
