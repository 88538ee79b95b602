// Fixture for secret.stripe-restricted-key. Values are random, in the documented format, not real keys.
import Stripe from 'stripe';

// ruleid: secret.stripe-restricted-key
export const stripe = new Stripe('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');

// ok: secret.stripe-restricted-key
export const fromEnv = new Stripe(process.env.STRIPE_RESTRICTED_KEY!);

// ok: secret.stripe-restricted-key
export const testMode = new Stripe('rk_test_51QpGXgAk8asSijgkDIAaNLpw6UKwPaGnr8rcGb4EpQ8Vqy58hkghqEIEzinpwRlCyn3QGvU2x4mjz54N4byrRowQOwqdcIChH0');
