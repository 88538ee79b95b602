// Fixture for secret.google-oauth-client-secret in Go.
package auth

import (
	"os"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/google"
)

var conf = &oauth2.Config{
	ClientID: "581786658708-elflankerquo1a6vsckabbhn25hclla0.apps.googleusercontent.com",
	// ruleid: secret.google-oauth-client-secret
	ClientSecret: "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",
	Endpoint:     google.Endpoint,
}

var fromEnv = &oauth2.Config{
	// ok: secret.google-oauth-client-secret
	ClientSecret: os.Getenv("GOOGLE_CLIENT_SECRET"),
}

// ok: secret.google-oauth-client-secret
const placeholder = "GOCSPX-<your-client-secret>"
