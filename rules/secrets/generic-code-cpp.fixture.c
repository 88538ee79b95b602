/* Fixture for secret.generic-code-cpp (C). Every value here is random, made for this file. */
#include <stdlib.h>
#include <string.h>

// ruleid: secret.generic-code-cpp
#define WIFI_PASSWORD "G7gWzAbl!vpHU!x"
// ruleid: secret.generic-code-cpp
#define API_KEY "U7Lax4pfiZZNpfeT63sMC0"
// ok: secret.generic-code-cpp
#define API_KEY_HEADER "X-Api-Key"
// ok: secret.generic-code-cpp
#define TOKEN_URL "https://auth.example.com/oauth/token"
// ok: secret.generic-code-cpp
#define SECRET_KEY_LEN 32
// ok: secret.generic-code-cpp
#define DB_PASSWORD getenv("DB_PASSWORD")

struct config {
    const char *user;
    const char *password;
    const char *token;
};

// ruleid: secret.generic-code-cpp
static const char *mqtt_password = "h3_Wvqp*&Zj%AXO";
// ruleid: secret.generic-code-cpp
char auth_token[] = "eaRyvyYRNyaxHM1EqCs03M";
// ruleid: secret.generic-code-cpp
const char signing_key[41] = "L41nSubmCetSqRPZkRplXt";

struct config cfg = {
    .user = "device",
    // ruleid: secret.generic-code-cpp
    .password = "wEllj6-X@LuXDS@",
    // ruleid: secret.generic-code-cpp
    .token = "HBTUUY4rrenQL8RIJH9etT",
};

void setup(struct config *c)
{
    // ruleid: secret.generic-code-cpp
    c->password = "%CK+K+R5bfEn4rk";
    // ruleid: secret.generic-code-cpp
    setenv("STRIPE_SECRET_KEY", "OnfDRHiPSTpmaiYzenY2Kk", 1);

    // ok: secret.generic-code-cpp
    const char *password = getenv("DB_PASSWORD");
    // ok: secret.generic-code-cpp
    const char *password_prompt = "Enter your password: ";
    // ok: secret.generic-code-cpp
    const char *api_key = "<api-key>";
    // ok: secret.generic-code-cpp
    const char *token_fmt = "Bearer %s";
    // ok: secret.generic-code-cpp
    char secret[64] = "";
    // ok: secret.generic-code-cpp
    const char *token_type = "fh76y2R8bSgoy7veQnjqn8";
    // ok: secret.generic-code-cpp
    if (strcmp(password, "pPOo0geq60waNVFLmLNCRR") == 0) return;
    // ok: secret.generic-code-cpp
    const char *private_key_file = "/etc/ssl/private/device.key";
    (void)password_prompt; (void)api_key; (void)token_fmt; (void)secret; (void)token_type; (void)private_key_file;
}
