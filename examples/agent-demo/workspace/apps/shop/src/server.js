import express from 'express';
import { listProducts } from './products.js';

export const app = express();
app.get('/products', async (req, res) => res.json(await listProducts(req.app.locals.db)));
