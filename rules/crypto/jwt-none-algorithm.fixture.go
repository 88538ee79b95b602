// Fixture for crypto.jwt-none-algorithm (Go: golang-jwt).
package auth

import (
	"errors"
	"os"

	"github.com/golang-jwt/jwt/v5"
)

var secret = []byte(os.Getenv("JWT_SECRET"))

func unsignedToken(sub string) (string, error) {
	// ruleid: crypto.jwt-none-algorithm
	token := jwt.NewWithClaims(jwt.SigningMethodNone, jwt.MapClaims{"sub": sub})
	// ruleid: crypto.jwt-none-algorithm
	return token.SignedString(jwt.UnsafeAllowNoneSignatureType)
}

func parseAny(tokenString string) (*jwt.Token, error) {
	return jwt.Parse(tokenString, func(t *jwt.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); ok {
			return secret, nil
		}
		// ruleid: crypto.jwt-none-algorithm
		return jwt.UnsafeAllowNoneSignatureType, nil
	})
}

func parseWithMethods(tokenString string) (*jwt.Token, error) {
	keyFunc := func(t *jwt.Token) (interface{}, error) { return secret, nil }
	// ruleid: crypto.jwt-none-algorithm
	return jwt.Parse(tokenString, keyFunc, jwt.WithValidMethods([]string{"HS256", "none"}))
}

func pickMethod(debug bool) jwt.SigningMethod {
	// ruleid: crypto.jwt-none-algorithm
	method := jwt.SigningMethodNone
	if !debug {
		method = jwt.SigningMethodHS256
	}
	return method
}

// Safe cases

func signedToken(sub string) (string, error) {
	// ok: crypto.jwt-none-algorithm
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"sub": sub})
	return token.SignedString(secret)
}

func strictParse(tokenString string) (*jwt.Token, error) {
	return jwt.Parse(tokenString, func(t *jwt.Token) (interface{}, error) {
		// refusing the none method is what this check is for
		// ok: crypto.jwt-none-algorithm
		if t.Method == jwt.SigningMethodNone {
			return nil, errors.New("unsigned token")
		}
		return secret, nil
	// ok: crypto.jwt-none-algorithm
	}, jwt.WithValidMethods([]string{"HS256"}))
}
