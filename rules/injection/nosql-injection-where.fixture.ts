// Fixture for injection.nosql-injection-where (TypeScript: NestJS + Mongoose, Next.js route handler).
import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { FilterQuery, Model } from 'mongoose';
import { NextRequest, NextResponse } from 'next/server';
import { MongoClient } from 'mongodb';

interface Order {
  orderId: string;
  total: number;
}

const orders = new MongoClient('mongodb://localhost').db('shop').collection<Order>('orders');

@Controller('orders')
export class OrdersController {
  constructor(@InjectModel('Order') private readonly orderModel: Model<Order>) {}

  @Get('track/:id')
  track(@Param('id') id: string): Promise<Order[]> {
    // ruleid: injection.nosql-injection-where
    const filter: FilterQuery<Order> = { $where: `this.orderId === '${id}'` };
    return this.orderModel.find(filter).exec();
  }

  @Get('above')
  above(@Query('min') min: string): Promise<Order[]> {
    // ruleid: injection.nosql-injection-where
    return this.orderModel.find().$where('this.total > ' + min).exec();
  }

  @Get('page/:n')
  page(@Param('n', ParseIntPipe) n: number): Promise<Order[]> {
    // ok: injection.nosql-injection-where
    return this.orderModel.find({ $where: `this.page === ${n}` }).exec();
  }

  @Get('safe')
  safe(@Query('min') min: string): Promise<Order[]> {
    // ok: injection.nosql-injection-where
    return this.orderModel.find({ $where: 'this.total > ' + parseFloat(min) }).exec();
  }
}

export async function GET(request: NextRequest): Promise<NextResponse> {
  const owner = request.nextUrl.searchParams.get('owner') ?? '';
  // ruleid: injection.nosql-injection-where
  const found = await orders.find({ $where: "this.owner == '" + owner + "'" } as FilterQuery<Order>).toArray();
  // ok: injection.nosql-injection-where
  const safe = await orders.find({ $where: 'this.owner == ' + JSON.stringify(owner) } as FilterQuery<Order>).toArray();
  // ok: injection.nosql-injection-where
  const plain = await orders.find({ orderId: owner }).toArray();
  return NextResponse.json({ found, safe, plain });
}
