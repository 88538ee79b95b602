// Fixture for secret.generic-code-javascript (TSX). Every value here is random, made for this file.
import { Provider } from "./provider";

// ruleid: secret.generic-code-javascript
const stripeSecretKey = "06wDBGDZppOWNkYa7Q2";

// ruleid: secret.generic-code-javascript
const provider = <Provider apiKey="HmSRZvSohkJVhp7VJLVbvw" />;
// ok: secret.generic-code-javascript
const field = <input type="password" name="password" placeholder="Enter your password" />;
// ok: secret.generic-code-javascript
const fromEnv = <Provider apiKey={process.env.REACT_APP_API_KEY} />;
// ok: secret.generic-code-javascript
const label = <label htmlFor="passwordField">Password</label>;

export function App(): JSX.Element {
  return (
    <div>
      {provider}
      {field}
      {fromEnv}
      {label}
    </div>
  );
}

const props = {
  // ruleid: secret.generic-code-javascript
  authToken: "P5YUwDQxaxYJhF5uhuw0wd",
  // ok: secret.generic-code-javascript
  tokenLabel: "ghuZyZRyBwSiX7Hb0vZeq9",
};
