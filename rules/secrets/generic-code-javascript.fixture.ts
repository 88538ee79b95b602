// Fixture for secret.generic-code-javascript (TypeScript). Every value here is random, made for this file.

// ruleid: secret.generic-code-javascript
const apiKey: string = "8HzLnaW3Z2YPICzZHMDQdU";
// ruleid: secret.generic-code-javascript
export const CLIENT_SECRET = "M9YfNDWNfBNGjHhHwtTpwz" as const;
// ruleid: secret.generic-code-javascript
let dbPassword: string | undefined = "-etTbeK7b-K_Kk3";

export class PaymentsClient {
  // ruleid: secret.generic-code-javascript
  private readonly secretKey = "0qLETmANOsHSKqgymA0omt";
  // ruleid: secret.generic-code-javascript
  static token: string = "tYi1yZzdP1KRq5tinxBATQ";
  // ruleid: secret.generic-code-javascript
  #signingKey = "d19974dc98152d86228841ec78a6fa2dd2f0e8b3";
  // ok: secret.generic-code-javascript
  readonly tokenEndpoint = "https://api.example.com/v1/oauth/token";
  // ok: secret.generic-code-javascript
  private apiKeyHeader = "X-Api-Key";

  // ruleid: secret.generic-code-javascript
  constructor(private password: string = "wx2sGaOqYRne3Nv") {}

  // ruleid: secret.generic-code-javascript
  login(user: string, accessToken?: string, refreshToken: string = "vyc7Kmk8zCKj2EwUO570GG") {
    return { user, accessToken, refreshToken };
  }
}

export enum Credentials {
  // ruleid: secret.generic-code-javascript
  ServiceToken = "DJoJiHmppD3QG69s0uegsI",
  // ok: secret.generic-code-javascript
  TokenType = "Bearer",
}

interface Config {
  apiKey: string;
  password?: string;
}

const config: Config = {
  // ruleid: secret.generic-code-javascript
  apiKey: "EgeMOEMl8TS2sd0rmh16Pg",
  // ruleid: secret.generic-code-javascript
  password: "s#d9X9MU7ohSf!P",
};

// ruleid: secret.generic-code-javascript
const authToken = process.env.AUTH_TOKEN ?? "HiafkbhU7tZ43ECRVhXddQ";
// ruleid: secret.generic-code-javascript
headers.set("x-api-key", "OrGAm42Tq15rScXpC9i1UJ");
// ruleid: secret.generic-code-javascript
client.setAccessToken("ie2X8T2GHKTuQOlNWIbrLE");
const fetchOptions: RequestInit = {
  headers: {
    // ruleid: secret.generic-code-javascript
    "X-Api-Key": "Cju3JW1yDoYLRPR8lAZga1",
  },
};

// ok: secret.generic-code-javascript
const apiKeyFromEnv: string = process.env.API_KEY ?? "";
// ok: secret.generic-code-javascript
const token: string = config.apiKey;
// ok: secret.generic-code-javascript
const passwordPlaceholder = "Enter your password";
// ok: secret.generic-code-javascript
const clientSecret: string = "<client-secret>";
// ok: secret.generic-code-javascript
const secret = `${process.env.SECRET_PREFIX}-suffix`;
// ok: secret.generic-code-javascript
type TokenKind = "access_token" | "refresh_token";
// ok: secret.generic-code-javascript
const secretArn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db";
// ok: secret.generic-code-javascript
const tokenizerModel = "dA0ELwZSPjA7L4Dnkz4zCn";
// ok: secret.generic-code-javascript
const PASSWORD_PATTERN = "^(?=.*[A-Z])(?=.*[0-9]).{12,}$";
// ok: secret.generic-code-javascript
const sessionToken = "your-session-token";
// ok: secret.generic-code-javascript
const fixturePassword = "dummy-password-1";
