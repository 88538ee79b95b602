// Fixture for crypto.small-key (Go).
package keys

import (
	"crypto/dsa"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
)

const legacyBits = 1024

func Weak() (*rsa.PrivateKey, error) {
	// ruleid: crypto.small-key
	return rsa.GenerateKey(rand.Reader, 1024)
}

func WeakConst() (*rsa.PrivateKey, error) {
	// ruleid: crypto.small-key
	return rsa.GenerateKey(rand.Reader, legacyBits)
}

func WeakMulti() (*rsa.PrivateKey, error) {
	// ruleid: crypto.small-key
	return rsa.GenerateMultiPrimeKey(rand.Reader, 3, 1536)
}

func WeakDSA() (*dsa.PrivateKey, error) {
	var params dsa.Parameters
	// ruleid: crypto.small-key
	if err := dsa.GenerateParameters(&params, rand.Reader, dsa.L1024N160); err != nil {
		return nil, err
	}
	priv := &dsa.PrivateKey{PublicKey: dsa.PublicKey{Parameters: params}}
	return priv, dsa.GenerateKey(priv, rand.Reader)
}

func Strong(bits int) (*rsa.PrivateKey, *ecdsa.PrivateKey, error) {
	// ok: crypto.small-key
	r, err := rsa.GenerateKey(rand.Reader, 4096)
	if err != nil {
		return nil, nil, err
	}
	// ok: crypto.small-key
	e, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	// ok: crypto.small-key
	_, _ = rsa.GenerateKey(rand.Reader, bits)
	return r, e, err
}
