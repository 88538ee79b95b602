// Fixture for secret.stripe-webhook-secret. Values are random, not real secrets.
const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);

// ruleid: secret.stripe-webhook-secret
const endpointSecret = 'whsec_CBFiKP5FOoF86rIMa5NCQnMhwR0HElVX';

// ok: secret.stripe-webhook-secret
const fromEnv = process.env.STRIPE_WEBHOOK_SECRET;

// ok: secret.stripe-webhook-secret
const docs = 'whsec_...';
