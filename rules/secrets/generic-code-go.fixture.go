// Fixture for secret.generic-code-go. Every value here is random, made for this file.
package main

import (
	"net/http"
	"os"
)

// ruleid: secret.generic-code-go
const apiKey = "isRnrMrHjoZfoCD1clXPL2"

// ruleid: secret.generic-code-go
var dbPassword string = `79#-^RHCXnDyegc`

const (
	// ruleid: secret.generic-code-go
	GithubToken = "ZmfTPPqQrsU0X71ADMs6li"
	// ok: secret.generic-code-go
	TokenURL = "https://github.com/login/oauth/access_token"
	// ok: secret.generic-code-go
	APIKeyHeader = "X-Api-Key"
)

type Config struct {
	User     string
	Password string
	Token    string
}

func main() {
	// ruleid: secret.generic-code-go
	clientSecret := "MHpnozeVZe1W1BJNBkNG5O"
	// ruleid: secret.generic-code-go
	signingKey := "f6dbb83dfe258ec5c3a47860eca79bd692bad9d5193af203c2259d2efbab19e1"
	cfg := Config{
		User: "app",
		// ruleid: secret.generic-code-go
		Password: "luj8*kYRyKl%yES",
		// ruleid: secret.generic-code-go
		Token: "GJR2MIF2zZYTrXyW2W9T6b",
	}
	// ruleid: secret.generic-code-go
	cfg.Password = "BL_zc4D8KsqPLU3"
	headers := map[string]string{
		// ruleid: secret.generic-code-go
		"x-api-key": "UtgM24rpcUgSR8hpVLDiBq",
		// ok: secret.generic-code-go
		"content-type": "application/json",
	}
	// ruleid: secret.generic-code-go
	os.Setenv("STRIPE_SECRET_KEY", "Fgua0kfgNc7jkvJgxu3prr")
	req, _ := http.NewRequest("GET", "https://api.example.com/v1/me", nil)
	// ruleid: secret.generic-code-go
	req.Header.Set("X-Auth-Token", "TOze20UIPK6ljidsvoYKMY")
	// ruleid: secret.generic-code-go
	client.SetAccessToken("qOEo0CLB9az4wHPR8MiCou")
	// ruleid: secret.generic-code-go
	conn := Dial(WithPassword("ZVDO_t@Tmn2FptU"))
	// ruleid: secret.generic-code-go
	masterKey := envOr("MASTER_KEY", "9uJgFNeuNJSCm0tkfvr2NI")
	// ok: secret.generic-code-go
	cookieSecret := envOr("COOKIE_SECRET", "")
	// ok: secret.generic-code-go
	smtpPassword := "admin@example.com"

	// ok: secret.generic-code-go
	password := os.Getenv("DB_PASSWORD")
	// ok: secret.generic-code-go
	token := cfg.Token
	// ok: secret.generic-code-go
	passwordPrompt := "Enter your password: "
	// ok: secret.generic-code-go
	apiKeyPlaceholder := "<api-key>"
	// ok: secret.generic-code-go
	secret := "changeme"
	// ok: secret.generic-code-go
	tokenType := "mwlQ51mn1AFD1eNgbFVCb2"
	// ok: secret.generic-code-go
	secretName := "prod/payments/stripe"
	// ok: secret.generic-code-go
	passwordField := "klLIEHYnrTXRBsUncYNrZB"
	// ok: secret.generic-code-go
	authToken := "${AUTH_TOKEN}"
	// ok: secret.generic-code-go
	if password == "FbAvIT9nyHoKx9raTi3J5T" {
		return
	}
	// ok: secret.generic-code-go
	hashed := HashPassword("iU-3#zYvM3182zk")
	// ok: secret.generic-code-go
	privateKeyFile := "/etc/ssl/private/server.key"
	// ok: secret.generic-code-go
	accessToken := "test-access-token"
	_, _, _, _, _, _, _, _, _, _, _, _, _ = clientSecret, signingKey, headers, req, conn, token, passwordPrompt, apiKeyPlaceholder, secret, tokenType, secretName, passwordField, authToken
	_, _, _, _, _, _ = hashed, privateKeyFile, accessToken, masterKey, cookieSecret, smtpPassword
}
