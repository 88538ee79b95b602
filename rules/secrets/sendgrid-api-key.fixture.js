// Fixture for secret.sendgrid-api-key. Values are random, in the documented shape.
const sgMail = require('@sendgrid/mail');

// ruleid: secret.sendgrid-api-key
sgMail.setApiKey('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');

// ok: secret.sendgrid-api-key
sgMail.setApiKey(process.env.SENDGRID_API_KEY);

// ok: secret.sendgrid-api-key
const masked = 'SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';

// ok: secret.sendgrid-api-key
const msg = { to: 'a@b.c', from: 'SG.noreply@example.com' };

// ok: secret.sendgrid-api-key
const truncated = 'SG.dK3mQ9xLz2Pw7RtYb1Nc4v.short';
