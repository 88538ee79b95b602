// Fixture for injection.code-injection-template (TypeScript: NestJS, Next.js, Express).
import { Body, Controller, Post, Query, Get } from '@nestjs/common';
import { NextRequest, NextResponse } from 'next/server';
import type { Request, Response } from 'express';
import * as ejs from 'ejs';
import Handlebars from 'handlebars';
import * as pug from 'pug';
import { Eta } from 'eta';

const eta = new Eta({ views: './templates' });

const TEMPLATES: Record<string, string> = {
  welcome: 'Welcome {{name}}',
  reset: 'Reset your password, {{name}}',
};

class TemplateDto {
  body!: string;
}

@Controller('templates')
export class TemplatesController {
  @Post('preview')
  preview(@Body() dto: TemplateDto): string {
    // ruleid: injection.code-injection-template
    return Handlebars.compile(dto.body)({ name: 'preview' });
  }

  @Get('render')
  render(@Query('tpl') tpl: string): string {
    // ruleid: injection.code-injection-template
    return eta.renderString(tpl, { name: 'x' });
  }

  @Get('named')
  named(@Query('name') name: string, @Query('user') user: string): string {
    const source = TEMPLATES[name] ?? TEMPLATES.welcome;
    // ok: injection.code-injection-template
    return Handlebars.compile(source)({ name: user });
  }
}

export async function POST(request: NextRequest) {
  const { layout } = (await request.json()) as { layout: string };
  // ruleid: injection.code-injection-template
  const html = pug.render(layout, { pretty: true });
  return new NextResponse(html);
}

export function page(req: Request, res: Response): void {
  // ruleid: injection.code-injection-template
  const html = ejs.render(String(req.body.template), {});
  // ok: injection.code-injection-template
  const safe = ejs.render('<p><%= bio %></p>', { bio: req.body.bio });
  res.send(html + safe);
}
