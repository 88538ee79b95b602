// Fixture for crypto.tls-verification-disabled (Go).
package client

import (
	"crypto/tls"
	"crypto/x509"
	"net/http"
	"os"
)

func Insecure() *http.Client {
	tr := &http.Transport{
		// ruleid: crypto.tls-verification-disabled
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}
	return &http.Client{Transport: tr}
}

func FromEnv() *tls.Config {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	if os.Getenv("SKIP_TLS") != "" {
		// ruleid: crypto.tls-verification-disabled
		cfg.InsecureSkipVerify = true
	}
	return cfg
}

func Secure(caPEM []byte) *http.Client {
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(caPEM)
	tr := &http.Transport{
		// ok: crypto.tls-verification-disabled
		TLSClientConfig: &tls.Config{RootCAs: pool, InsecureSkipVerify: false, MinVersion: tls.VersionTLS12},
	}
	return &http.Client{Transport: tr}
}
