// Fixture for injection.sql-injection (TypeScript: NestJS + TypeORM, Prisma, Next.js, Fastify, mysql2).
import { Body, Controller, Get, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Prisma, PrismaClient } from '@prisma/client';
import type { NextApiRequest, NextApiResponse } from 'next';
import { NextRequest, NextResponse } from 'next/server';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import mysql from 'mysql2/promise';
import postgres from 'postgres';

const prisma = new PrismaClient();
const sql = postgres();
const ALLOWED_SORT = ['name', 'email', 'created_at'];

class User {
  id!: number;
  name!: string;
}

class GetUserQuery {
  constructor(readonly id: string) {}
}

class SearchDto {
  name!: string;
  role?: string;
}

@Controller('users')
export class UsersController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queryBus: QueryBus,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  @Get('by-name')
  byName(@Query('name') name: string): Promise<User[]> {
    // ruleid: injection.sql-injection
    return this.dataSource.query(`SELECT * FROM "user" WHERE name = '${name}'`);
  }

  @Post('search')
  search(@Body() dto: SearchDto): Promise<User[]> {
    return this.users
      .createQueryBuilder('user')
      // ruleid: injection.sql-injection
      .where("user.role = '" + dto.role + "'")
      .getMany();
  }

  @Get(':id')
  one(@Param('id') id: string): Promise<User[]> {
    const query = 'SELECT * FROM "user" WHERE id = ' + id;
    // ruleid: injection.sql-injection
    return this.users.query(query);
  }

  @Get('typed/:id')
  typed(@Param('id', ParseIntPipe) id: number): Promise<User[]> {
    // ok: injection.sql-injection
    return this.dataSource.query(`SELECT * FROM "user" WHERE id = ${id}`);
  }

  @Get('bound')
  bound(@Query('name') name: string): Promise<User[]> {
    // ok: injection.sql-injection
    const viaParams = this.dataSource.query('SELECT * FROM "user" WHERE name = $1', [name]);
    // ok: injection.sql-injection
    void this.users.createQueryBuilder('user').where('user.name = :name', { name }).getMany();
    return viaParams;
  }

  @Get('by-id')
  byIdViaBus(@Query('id') id: string): Promise<User> {
    // ok: injection.sql-injection
    return this.queryBus.execute(new GetUserQuery(id));
  }

  @Get('sorted')
  sorted(@Query('sort') sort: string): Promise<User[]> {
    const column = ALLOWED_SORT.includes(sort) ? sort : 'name';
    // ok: injection.sql-injection
    return this.dataSource.query(`SELECT * FROM "user" ORDER BY ${column}`);
  }
}

// Next.js API route (pages router)
export async function handler(req: NextApiRequest, res: NextApiResponse): Promise<void> {
  const id = req.query.id as string;
  // ruleid: injection.sql-injection
  const rows = await prisma.$queryRawUnsafe(`SELECT * FROM "Post" WHERE "authorId" = ${id}`);
  // ok: injection.sql-injection
  const safe = await prisma.$queryRaw`SELECT * FROM "Post" WHERE "authorId" = ${id}`;
  // ok: injection.sql-injection
  const bound = await prisma.$queryRawUnsafe('SELECT * FROM "Post" WHERE "authorId" = $1', id);
  res.json({ rows, safe, bound });
}

// Next.js route handler (app router)
export async function POST(request: NextRequest): Promise<NextResponse> {
  const body = await request.json();
  // ruleid: injection.sql-injection
  await prisma.$executeRawUnsafe('UPDATE "User" SET bio = \'' + body.bio + '\' WHERE id = 1');
  const tag = request.nextUrl.searchParams.get('tag') ?? '';
  // ruleid: injection.sql-injection
  const tagged = await prisma.$queryRaw(Prisma.raw(`SELECT * FROM "Post" WHERE tag = '${tag}'`));
  return NextResponse.json({ tagged });
}

// Fastify with mysql2 and postgres.js
export function routes(app: FastifyInstance, conn: mysql.Connection): void {
  app.get('/products', async (request: FastifyRequest<{ Querystring: { category: string } }>) => {
    const { category } = request.query;
    // ruleid: injection.sql-injection
    const [rows] = await conn.execute(`SELECT * FROM products WHERE category = '${category}'`);
    // ok: injection.sql-injection
    const [bound] = await conn.execute('SELECT * FROM products WHERE category = ?', [category]);
    return { rows, bound };
  });

  app.get('/raw', async (request: FastifyRequest<{ Querystring: { table: string } }>) => {
    const table = (request.query as { table: string }).table;
    // ruleid: injection.sql-injection
    return sql.unsafe(`SELECT * FROM ${table}`);
  });

  app.get('/tagged', async (request: FastifyRequest<{ Querystring: { name: string } }>) => {
    const name = request.query.name;
    // ok: injection.sql-injection
    return sql`SELECT * FROM users WHERE name = ${name}`;
  });
}

// A service with no request data in sight
export class ReportService {
  constructor(private readonly dataSource: DataSource) {}

  // ok: injection.sql-injection
  daily(table: 'orders' | 'refunds'): Promise<unknown> {
    // ok: injection.sql-injection
    return this.dataSource.query(`SELECT count(*) FROM ${table} WHERE created_at > now() - interval '1 day'`);
  }
}
