// Fixture for crypto.jwt-unverified-decode (Go: golang-jwt, lestrrat-go/jwx).
package auth

import (
	"errors"
	"net/http"
	"os"
	"strings"

	"github.com/golang-jwt/jwt/v5"
	jwxjwt "github.com/lestrrat-go/jwx/v2/jwt"
)

var secret = []byte(os.Getenv("JWT_SECRET"))

func middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		claims := jwt.MapClaims{}
		// ruleid: crypto.jwt-unverified-decode
		if _, _, err := jwt.NewParser().ParseUnverified(raw, claims); err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func jwxClaims(raw []byte) (jwxjwt.Token, error) {
	// ruleid: crypto.jwt-unverified-decode
	return jwxjwt.ParseInsecure(raw)
}

func jwxNoVerify(raw []byte) (jwxjwt.Token, error) {
	// ruleid: crypto.jwt-unverified-decode
	return jwxjwt.Parse(raw, jwxjwt.WithVerify(false))
}

// Safe cases

func verified(raw string) (*jwt.Token, error) {
	// ok: crypto.jwt-unverified-decode
	return jwt.Parse(raw, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, errors.New("unexpected signing method")
		}
		return secret, nil
	}, jwt.WithValidMethods([]string{"HS256"}))
}

func verifiedClaims(raw string) (jwt.MapClaims, error) {
	claims := jwt.MapClaims{}
	// ok: crypto.jwt-unverified-decode
	_, err := jwt.ParseWithClaims(raw, claims, func(t *jwt.Token) (interface{}, error) { return secret, nil })
	return claims, err
}
