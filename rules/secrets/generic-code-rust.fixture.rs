// Fixture for secret.generic-code-rust. Every value here is random, made for this file.
use std::collections::HashMap;
use std::env;

// ruleid: secret.generic-code-rust
const API_KEY: &str = "ZRCanN9ihGeYuLPpZtPvtZ";
// ruleid: secret.generic-code-rust
static DB_PASSWORD: &'static str = r#"dW97tMDaJtKeZhn"#;
// ok: secret.generic-code-rust
const TOKEN_URL: &str = "https://auth.example.com/oauth/token";
// ok: secret.generic-code-rust
const API_KEY_HEADER: &str = "x-api-key";

struct Config {
    user: String,
    password: String,
    api_token: String,
}

fn main() {
    // ruleid: secret.generic-code-rust
    let client_secret = "ImdJZ8w4ivHBro5qHjn7it";
    // ruleid: secret.generic-code-rust
    let signing_key: String = "5ZE1qzE^wz!#VE*".to_string();
    let mut cfg = Config {
        user: "app".into(),
        // ruleid: secret.generic-code-rust
        password: String::from("3tu4cWTZb1CHt4SH6HF6CA"),
        // ruleid: secret.generic-code-rust
        api_token: "8hs2aGZTMTu5VQyRpwdFTA".into(),
    };
    // ruleid: secret.generic-code-rust
    cfg.password = "LLK&r5jLExQ26as".to_owned();
    // ruleid: secret.generic-code-rust
    env::set_var("STRIPE_SECRET_KEY", "RxbPePzqrsPKWba879TLD9");
    let mut headers = HashMap::new();
    // ruleid: secret.generic-code-rust
    headers.insert("x-auth-token", "8KL9rRo3EKwFxTlCZtHKC1");
    // ruleid: secret.generic-code-rust
    let client = Client::builder().api_key("bxqDxmPgJK5DTPuQofIGcA").build();
    // ruleid: secret.generic-code-rust
    let creds = HashMap::from([("access_token", "ZX7qmDl5ojRzJh3N3IPET5")]);

    // ok: secret.generic-code-rust
    let password = env::var("DB_PASSWORD").expect("DB_PASSWORD is not set");
    // ok: secret.generic-code-rust
    let token = cfg.api_token.clone();
    // ok: secret.generic-code-rust
    let secret = format!("{}-dpKoV!o5Sg*vZH4", prefix);
    // ok: secret.generic-code-rust
    let password_prompt = "Enter your password: ";
    // ok: secret.generic-code-rust
    let api_key = "<api-key>";
    // ok: secret.generic-code-rust
    let token_type = "mjOyFbA75QvsxTufyloBik";
    // ok: secret.generic-code-rust
    let secret_name = "prod/payments/stripe";
    // ok: secret.generic-code-rust
    let auth_token = "";
    // ok: secret.generic-code-rust
    if password == "sPwMxkOWANHFZEbrEL8QfF" {
        return;
    }
    // ok: secret.generic-code-rust
    let ok = verify_password("J6KottGr8gwYkacm1uc8lE");
    // ok: secret.generic-code-rust
    let private_key_path = "/etc/ssl/private/server.key";
    // ok: secret.generic-code-rust
    let secret_key = "changeme";
    let _ = (client_secret, signing_key, client, creds, token, secret, password_prompt, api_key, token_type, secret_name, auth_token, ok, private_key_path, secret_key);
}
