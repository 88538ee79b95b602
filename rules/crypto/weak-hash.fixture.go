// Fixture for crypto.weak-hash (Go).
package storage

import (
	"crypto"
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
)

func ETag(body []byte) string {
	// ruleid: crypto.weak-hash
	sum := md5.Sum(body)
	return hex.EncodeToString(sum[:])
}

func Fingerprint(r io.Reader) (string, error) {
	// ruleid: crypto.weak-hash
	h := sha1.New()
	if _, err := io.Copy(h, r); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func UploadHandler(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body)
	// ruleid: crypto.weak-hash
	w.Header().Set("X-Checksum", hex.EncodeToString(sha1.Sum(data)[:]))
	// ruleid: crypto.weak-hash
	legacy := crypto.MD5.New()
	legacy.Write(data)
}

func Strong(data, key []byte) []byte {
	// ok: crypto.weak-hash
	sum := sha256.Sum256(data)
	// ok: crypto.weak-hash
	mac := hmac.New(sha1.New, key)
	mac.Write(sum[:])
	// ok: crypto.weak-hash
	h := crypto.SHA256.New()
	h.Write(mac.Sum(nil))
	return h.Sum(nil)
}

func Reuse(h io.Writer, data []byte) {
	// ok: crypto.weak-hash
	h.Write(data)
}
