// Fixture for secret.azure-entra-client-secret. Values are random, in the documented format, not real secrets.
import { ClientSecretCredential, DefaultAzureCredential } from '@azure/identity';

export const credential = new ClientSecretCredential(
  '3f1c2a9e-6b4d-4e8a-9c1f-2d7b5e0a8c43',
  'b8e2d1f0-4a6c-4f3e-8d9b-1c5a7e2f0b6d',
  // ruleid: secret.azure-entra-client-secret
  'cfM7Q~JAVmwEDNQ68oPUoPNoolHDghF79W~nOQQb',
);

// ok: secret.azure-entra-client-secret
export const managed = new DefaultAzureCredential();

// ok: secret.azure-entra-client-secret
export const fromEnv = new ClientSecretCredential(tenant, client, process.env.AZURE_CLIENT_SECRET!);

// ok: secret.azure-entra-client-secret
const docs = 'abc7Q~...';
