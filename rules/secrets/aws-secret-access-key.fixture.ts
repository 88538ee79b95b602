// Fixture for secret.aws-secret-access-key in TypeScript.
import { S3Client } from '@aws-sdk/client-s3';

export const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: {
    accessKeyId: 'ASIA733M4HY3E7DFOUZP',
    // ruleid: secret.aws-secret-access-key
    secretAccessKey: 'CmbiWXEA5phobu41HfWv9dRMVmyCIcrSoJlvjeIt',
  },
});

// ok: secret.aws-secret-access-key
export const fromEnv = new S3Client({ credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID!, secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY! } });

// ruleid: secret.aws-secret-access-key
const pair = ['AKIAXLGEP4MGANBU4UVS', 'KNIpPpAtCVWrLkd6i98j0TqHHsOraE9MMEZ5834G'];

export const xmlConfig = `
<credentials>
  <accessKey>AKIACL7I3P5JHB53TIME</accessKey>
  <!-- ruleid: secret.aws-secret-access-key -->
  <secretKey>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</secretKey>
</credentials>`;

// A fallback default behind an environment read is still a hardcoded key.
// ruleid: secret.aws-secret-access-key
const awsSecretKey: string = process.env.AWS_SECRET_KEY ?? 'qBYJsDYYIyMFce8anFpQfhxztB6eygD4ECkf/S8Q';
