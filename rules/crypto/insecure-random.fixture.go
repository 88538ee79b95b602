// Fixture for crypto.insecure-random (Go).
package session

import (
	crand "crypto/rand"
	"encoding/hex"
	"fmt"
	"math/rand"
	"net/http"
	"time"
)

const letters = "abcdefghijklmnopqrstuvwxyz0123456789"

type Session struct {
	UserID string
	Token  string
}

func GenerateToken(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = letters[rand.Intn(len(letters))]
	}
	// ruleid: crypto.insecure-random
	return string(b)
}

func NewSession(userID string) *Session {
	r := rand.New(rand.NewSource(time.Now().UnixNano()))
	// ruleid: crypto.insecure-random
	return &Session{UserID: userID, Token: fmt.Sprintf("%x", r.Int63())}
}

func ResetHandler(w http.ResponseWriter, req *http.Request) {
	// ruleid: crypto.insecure-random
	resetCode := fmt.Sprintf("%06d", rand.Intn(1000000))
	http.SetCookie(w, &http.Cookie{Name: "reset", Value: resetCode})
}

func SecureToken() (string, error) {
	b := make([]byte, 32)
	if _, err := crand.Read(b); err != nil {
		return "", err
	}
	// ok: crypto.insecure-random
	token := hex.EncodeToString(b)
	return token, nil
}

func Backoff(attempt int) time.Duration {
	// ok: crypto.insecure-random
	jitter := time.Duration(rand.Intn(100)) * time.Millisecond
	return time.Duration(attempt)*time.Second + jitter
}

func PickServer(servers []string) string {
	// ok: crypto.insecure-random
	server := servers[rand.Intn(len(servers))]
	return server
}
