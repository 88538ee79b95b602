// Fixture for secret.generic-code-javascript (JavaScript). Every value here is random, made for this file.
import crypto from 'node:crypto';

// ---- declarations -------------------------------------------------------------------------------------------

// ruleid: secret.generic-code-javascript
const apiKey = "Q0TJ5xb1LzCwGj6C8SLQ";
// ruleid: secret.generic-code-javascript
let DB_PASSWORD = 'qRGRHwXteq1x0d';
// ruleid: secret.generic-code-javascript
var client_secret = `hnvh4tcrv2GtSa68lA5b`;
// ruleid: secret.generic-code-javascript
const GITHUB_TOKEN = "U06mceHalpCi6fhICGLl";
// ruleid: secret.generic-code-javascript
const dbPass = "*8WUXJGh0D-Wg2";
// ruleid: secret.generic-code-javascript
const stripeSecretKey = "x7tXADaj5zlPo0OmiW6r";
// ruleid: secret.generic-code-javascript
const jwtSecret = "f131a148336f5e15ef2bcb1d6327fc6b";
// ruleid: secret.generic-code-javascript
const privateKey = "9vozeb4Hz0n4cbjuOCFqbOasfvN70609vhXO0boG";
// ruleid: secret.generic-code-javascript
const SECRET_ACCESS_KEY = "qQbTG5CTc1i4dcXn+dgU69wqEvEk";
// ruleid: secret.generic-code-javascript
const encryptionKey = "373c59301f6fe6d94692687b81f4c922";
// ruleid: secret.generic-code-javascript
const credentials = "L3g1tcysYFS1KTWf2Lyq";
// ruleid: secret.generic-code-javascript
const passphrase = "8+oKktnC*Kiwdm";
// ruleid: secret.generic-code-javascript
const sessionSecret = "7X4paANsMxueuLuXcZuz";
// ruleid: secret.generic-code-javascript
const support_api_key = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

// ---- assignments --------------------------------------------------------------------------------------------

const config = {};
// ruleid: secret.generic-code-javascript
config.password = "wngmK*7-1+sG^6";
// ruleid: secret.generic-code-javascript
config.auth.refreshToken = "4DyJmvkQLhujzwbNl4PX";
// ruleid: secret.generic-code-javascript
config["api-key"] = "F8kpRbUxCXkos0OBPLkx";
// ruleid: secret.generic-code-javascript
process.env.SLACK_BOT_TOKEN = "sBnTpthnfbb8irTmrs4L";
// ruleid: secret.generic-code-javascript
config.accessToken ||= "ZJHm3kKV8crO67oF12TN";

// ---- object entries -----------------------------------------------------------------------------------------

const settings = {
  // ruleid: secret.generic-code-javascript
  password: "OPkv-#@qKOtsoe",
  // ruleid: secret.generic-code-javascript
  "client-secret": "RhPpFlN7vEfNGGL6zc25",
  // ruleid: secret.generic-code-javascript
  'X-API-KEY': 'GyzuZ6qq7YwwLI2bdANt',
  // ruleid: secret.generic-code-javascript
  "db.password": "60sG7#FQUkuoJX",
  // ruleid: secret.generic-code-javascript
  auth_token: "p3otRfh7QIKMy6lp2cls",
  // ruleid: secret.generic-code-javascript
  signingKey: "dc1c9ed371acd289632e5cd65a6252d209721560",
  // ruleid: secret.generic-code-javascript
  auth: "deploy:Jx8vQ2mLr7TzKw4p",
  // ok: secret.generic-code-javascript
  oauth: "oauth2",
  basic: {
    user: "deploy",
    // ruleid: secret.generic-code-javascript
    pass: "kLpwj3hG_34Y!%",
  },
};

// ---- "…Key" names are secret names only with a qualifier that says so (apiKey, secretKey, signingKey) ---------

// ruleid: secret.generic-code-javascript
const appKey = "nqzeQy0lVlYEkBH1eT6j";
// ruleid: secret.generic-code-javascript
const WEBHOOK_KEY = "38ba48478229ec1a1ea4dd0a8ddb1b79";
// ok: secret.generic-code-javascript
const cacheKey = "oaFgHE8TXs3GQhAavY4Z";
// ok: secret.generic-code-javascript
const storageKey = "todos-vuejs-2.0";
// ok: secret.generic-code-javascript
const sortKey = "createdAt";

// ---- classes, defaults, fallbacks ---------------------------------------------------------------------------

class Client {
  // ruleid: secret.generic-code-javascript
  token = "SICrryeSfpEuiYom9wtD";
  // ruleid: secret.generic-code-javascript
  #apiSecret = "15Zge17ttpbqkNBYLDSa";
  // ok: secret.generic-code-javascript
  tokenType = "Bearer";

  // ruleid: secret.generic-code-javascript
  connect(host, password = "f4-50VlQ9xYvQY") {
    return { host, password };
  }
}

// ruleid: secret.generic-code-javascript
function login({ user, apiToken = "ED0ht9Niz2PX2ARknjs3" } = {}) {
  return { user, apiToken };
}

// ruleid: secret.generic-code-javascript
const webhookSecret = process.env.WEBHOOK_SECRET || "MJfUo6zOXz5emgCe29VR";
// ruleid: secret.generic-code-javascript
const sentryToken = process.env["SENTRY_TOKEN"] ?? "I29mNjiOEiKaui3gNDjc";
// ruleid: secret.generic-code-javascript
const signingSecret = getEnv("SIGNING_SECRET", "lfISROqWU6DLcoiOhG5qAJ");

// ---- setters and headers ------------------------------------------------------------------------------------

const client = new Client();
// ruleid: secret.generic-code-javascript
client.setApiKey("fxfbCpLfe16oJefUp70q");
// ruleid: secret.generic-code-javascript
client.withPassword("GZjgjl6DW!yLIk");
// ruleid: secret.generic-code-javascript
builder.token("4nbrHNB1LFU8t9bcjU6b");
// ruleid: secret.generic-code-javascript
store.set("password", "h9HD7LK-6NEPJ=");
// ruleid: secret.generic-code-javascript
localStorage.setItem("access_token", "3ceasFEJCxnJlyIiQHlh");
// ruleid: secret.generic-code-javascript
headers.append("X-Auth-Token", "o1o8AJB4vt2AMpC2WSTM");
const request = {
  headers: {
    // ruleid: secret.generic-code-javascript
    "X-Auth-Token": "cG5Nemp1ZWZORUh0a21sdW9sVmI",
    // ok: secret.generic-code-javascript
    "Content-Type": "application/json",
  },
};

// ---- names that only contain the word -----------------------------------------------------------------------

// ok: secret.generic-code-javascript
const passwordLabel = "EOPc-_P38&PB3!";
// ok: secret.generic-code-javascript
const password_field = "Gp&uznJKzTVGmR";
// ok: secret.generic-code-javascript
const tokenizer = "C+VELWW@3DxtkO";
// ok: secret.generic-code-javascript
const token_type = "urn:ietf:params:oauth:token-type:jwt";
// ok: secret.generic-code-javascript
const TOKEN_URL = "https://auth.example.com/oauth/token";
// ok: secret.generic-code-javascript
const secretName = "prod/payments/stripe";
// ok: secret.generic-code-javascript
const PASSWORD_MIN_LENGTH = "12";
// ok: secret.generic-code-javascript
const api_key_header = "X-Api-Key";
// ok: secret.generic-code-javascript
const isPasswordValid = "pnMzjUefNEHtkmluolVb";
// ok: secret.generic-code-javascript
const nextPageToken = "CAoQAA8aZk2Rr7Tb9x";
// ok: secret.generic-code-javascript
const publicKey = "G5CTc1i4dcXn8dgU69wq";
// ok: secret.generic-code-javascript
const integrity = "sha512-7nlB8CY2yoC/DVDCl//Ykm4M3xPauT/hn05d0LWM";
// ok: secret.generic-code-javascript
const commitSha = "4f0afb9cce40737f88aa8db212040d82a1b2c3d4";
// ok: secret.generic-code-javascript
const requestId = "8240fb21-dc1b-49f1-9b47-feb9f5832326";

// ---- values that are not credentials ------------------------------------------------------------------------

// ok: secret.generic-code-javascript
const password = process.env.DB_PASSWORD;
// ok: secret.generic-code-javascript
const token = config.get("auth.token");
// ok: secret.generic-code-javascript
const secret = crypto.randomBytes(32).toString("hex");
// ok: secret.generic-code-javascript
const userPassword = "Enter your password";
// ok: secret.generic-code-javascript
const authToken = "Invalid token, please sign in again";
// ok: secret.generic-code-javascript
const adminPassword = "changeme";
// ok: secret.generic-code-javascript
const API_KEY = "<your-api-key>";
// ok: secret.generic-code-javascript
const apiSecret = "${API_SECRET}";
// ok: secret.generic-code-javascript
const refreshToken = "xxxxxxxxxxxxxxxx";
// ok: secret.generic-code-javascript
const testPassword = "password123";
// ok: secret.generic-code-javascript
const emptySecret = "";
// ok: secret.generic-code-javascript
const bearerToken = `Bearer ${token}`;
// ok: secret.generic-code-javascript
const mysqlPassword = "Passw0rd!";
// ok: secret.generic-code-javascript
const privateKeyPath = "./certs/server.key";
// ok: secret.generic-code-javascript
const private_key = "certs/server.key";
// ok: secret.generic-code-javascript
const credentialsFile = "~/.aws/credentials";
// ok: secret.generic-code-javascript
const accessToken = "ACCESS_TOKEN";
// ok: secret.generic-code-javascript
const secretKey = "auth.secretKeyLabel";
// ok: secret.generic-code-javascript
const aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
// ok: secret.generic-code-javascript
const stripe_api_key = "your_stripe_api_key_here";
// ok: secret.generic-code-javascript
const sessionToken = "not-a-real-token";
// ok: secret.generic-code-javascript
if (password === "Qx7#pL9mZ2!wRt") login();
// ok: secret.generic-code-javascript
const hashed = verifyPassword("Qx7#pL9mZ2!wRt");
// ok: secret.generic-code-javascript
const issued = createToken("7fG2kL9pQxZ3mN8v");
// ok: secret.generic-code-javascript
const masterPassword = "qwertyuiopasdfghjkl";
// ok: secret.generic-code-javascript
const i18n = { password: "Contraseña", token: "Jeton d'accès" };
// ok: secret.generic-code-javascript
const themeToken = { accessToken: "#1a2b3c4d" };
// ok: secret.generic-code-javascript
fetch(url, { credentials: "same-origin", headers: { Authorization: `Bearer ${token}` } });
// ok: secret.generic-code-javascript
const lastSignificantToken = "?InterpolationInTemplate";
