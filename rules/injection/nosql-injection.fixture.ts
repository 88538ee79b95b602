// Fixture for injection.nosql-injection (TypeScript: NestJS + Mongoose, Next.js route handlers, Express).
import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { Types } from 'mongoose';
import { NextRequest, NextResponse } from 'next/server';
import type { Request, Response } from 'express';
import { MongoClient, type Collection, type Document } from 'mongodb';

interface UserDoc {
  username: string;
  password: string;
  role: string;
}

class LoginDto {
  username!: string;
  password!: string;
}

const client = new MongoClient(process.env.MONGO_URL ?? 'mongodb://localhost');
const users: Collection<UserDoc> = client.db('app').collection<UserDoc>('users');

@Controller('auth')
export class AuthController {
  constructor(@InjectModel('User') private readonly userModel: Model<UserDoc>) {}

  @Post('login')
  async login(@Body() dto: LoginDto): Promise<boolean> {
    // ruleid: injection.nosql-injection
    const user = await this.userModel.findOne({ username: dto.username, password: dto.password });
    return user !== null;
  }

  @Get('by-role')
  async byRole(@Query('role') role: string): Promise<UserDoc[]> {
    // ruleid: injection.nosql-injection
    return this.userModel.find({ role }).lean();
  }

  @Get(':id')
  async byId(@Param('id') id: string): Promise<UserDoc | null> {
    // ok: injection.nosql-injection
    return this.userModel.findOne({ _id: new Types.ObjectId(id) });
  }

  @Post('safe-login')
  async safeLogin(@Body() dto: LoginDto): Promise<boolean> {
    // ok: injection.nosql-injection
    const user = await this.userModel.findOne({ username: String(dto.username) });
    return user !== null;
  }
}

// Next.js route handler
export async function POST(request: NextRequest): Promise<NextResponse> {
  const body = (await request.json()) as Record<string, unknown>;
  // ruleid: injection.nosql-injection
  const found = await users.findOne({ username: body.username, password: body.password } as Document);
  // ok: injection.nosql-injection
  const safe = await users.findOne({ username: `${body.username}` });
  return NextResponse.json({ ok: Boolean(found || safe) });
}

// Express with the driver
export async function remove(req: Request, res: Response): Promise<void> {
  // ruleid: injection.nosql-injection
  await users.deleteMany(req.query as Document);
  // ok: injection.nosql-injection
  await users.deleteMany({ username: req.params.name });
  res.sendStatus(204);
}

export function pick(req: Request, list: UserDoc[]): UserDoc | undefined {
  // ok: injection.nosql-injection
  return list.find((u: UserDoc): boolean => u.username === req.query.username);
}
