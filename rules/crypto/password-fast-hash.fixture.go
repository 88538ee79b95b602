// Fixture for crypto.password-fast-hash (Go).
package auth

import (
	"crypto/md5"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/bcrypt"
)

type Credentials struct {
	Username string
	Password string
}

func Register(w http.ResponseWriter, r *http.Request) {
	// ruleid: crypto.password-fast-hash
	sum := sha256.Sum256([]byte(r.FormValue("password")))
	store(r.FormValue("username"), hex.EncodeToString(sum[:]))
}

func Check(c Credentials, salt string) string {
	// ruleid: crypto.weak-hash
	// ruleid: crypto.password-fast-hash
	sum := md5.Sum([]byte(salt + c.Password))
	return hex.EncodeToString(sum[:])
}

func Stream(password string) []byte {
	h := sha256.New()
	// ruleid: crypto.password-fast-hash
	h.Write([]byte(password))
	return h.Sum(nil)
}

func StreamString(passphrase string) []byte {
	hasher := sha256.New()
	// ruleid: crypto.password-fast-hash
	io.WriteString(hasher, passphrase)
	return hasher.Sum(nil)
}

func Good(c Credentials) ([]byte, []byte, error) {
	// ok: crypto.password-fast-hash
	hashed, err := bcrypt.GenerateFromPassword([]byte(c.Password), bcrypt.DefaultCost)
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return nil, nil, err
	}
	// ok: crypto.password-fast-hash
	key := argon2.IDKey([]byte(c.Password), salt, 1, 64*1024, 4, 32)
	// ok: crypto.password-fast-hash
	id := sha256.Sum256([]byte(c.Username))
	_ = id
	return hashed, key, err
}

func store(user, digest string) {}
