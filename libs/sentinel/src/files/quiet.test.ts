import { describe, expect, it } from 'vitest';
import { quietForSecrets } from './quiet.js';

describe('quietForSecrets', () => {
  it.each([
    'package-lock.json',
    'web/yarn.lock',
    'pnpm-lock.yaml',
    'go.sum',
    'Cargo.lock',
    '.env.example',
    'api/.env.sample',
    '.env.template',
    'env.example',
    'config/settings.json.dist',
    'config.sample.yml',
    'app-template.yaml',
    'docker-compose.example.yml',
    'secrets.tpl',
  ])('is quiet for %s', (p) => expect(quietForSecrets(p)).toBe(true));

  it.each(['.env', '.env.local', '.env.production', 'config.yml', 'example.ts', 'src/samples/app.py', 'lock.json', 'templates/index.html'])(
    'scans %s',
    (p) => expect(quietForSecrets(p)).toBe(false),
  );
});
