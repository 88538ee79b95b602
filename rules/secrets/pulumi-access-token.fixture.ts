// Fixture for secret.pulumi-access-token.
import { LocalWorkspace } from '@pulumi/pulumi/automation';

const ws = await LocalWorkspace.create({
  // ruleid: secret.pulumi-access-token
  envVars: { PULUMI_ACCESS_TOKEN: 'pul-b0006f057cfd4cdbb64dadbbe91c401246a8aa65' },
});

// ok: secret.pulumi-access-token
const fromEnv = { PULUMI_ACCESS_TOKEN: process.env.PULUMI_ACCESS_TOKEN! };

// ok: secret.pulumi-access-token
const placeholder = 'pul-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';

// ok: secret.pulumi-access-token
const cssClass = 'pul-left-button-small-primary-variant-contrast-blue';
