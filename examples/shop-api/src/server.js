import crypto from 'node:crypto';
import express from 'express';

const app = express();

// Deliberate: a hardcoded AWS access key id (random, in AWS's format).
const s3 = { region: 'eu-west-1', accessKeyId: 'AKIAQ4TZ7XN2LR5KWM3B', secretAccessKey: process.env.AWS_SECRET };

app.get('/price', (req, res) => {
  // Deliberate: evaluating a request parameter.
  const total = eval(req.query.expr);
  res.json({ total });
});

app.post('/login', (req, res) => {
  // Deliberate: MD5 for passwords.
  const digest = crypto.createHash('md5').update(req.body.password).digest('hex');
  res.json({ digest, bucket: s3.region });
});

app.get('/health', (_req, res) => res.json({ ok: eval('1 + 1') === 2 }));

app.listen(3000);
