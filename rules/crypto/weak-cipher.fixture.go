// Fixture for crypto.weak-cipher (Go).
package vault

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/rand"
	"crypto/rc4"
	"io"

	"golang.org/x/crypto/blowfish"
)

func EncryptDES(key, plaintext []byte) ([]byte, error) {
	// ruleid: crypto.weak-cipher
	block, err := des.NewCipher(key)
	if err != nil {
		return nil, err
	}
	iv := make([]byte, des.BlockSize)
	if _, err := io.ReadFull(rand.Reader, iv); err != nil {
		return nil, err
	}
	out := make([]byte, len(plaintext))
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, plaintext)
	return append(iv, out...), nil
}

func Encrypt3DES(key []byte) (cipher.Block, error) {
	// ruleid: crypto.weak-cipher
	return des.NewTripleDESCipher(key)
}

func Stream(key, data []byte) []byte {
	// ruleid: crypto.weak-cipher
	c, _ := rc4.NewCipher(key)
	out := make([]byte, len(data))
	c.XORKeyStream(out, data)
	return out
}

func Fish(key []byte) (*blowfish.Cipher, error) {
	// ruleid: crypto.weak-cipher
	return blowfish.NewCipher(key)
}

func ECB(block cipher.Block, data []byte) []byte {
	out := make([]byte, len(data))
	// ruleid: crypto.weak-cipher
	NewECBEncrypter(block).CryptBlocks(out, data)
	return out
}

func Seal(key, plaintext []byte) ([]byte, error) {
	// ok: crypto.weak-cipher
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	// ok: crypto.weak-cipher
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, plaintext, nil), nil
}

type ecbEncrypter struct{ b cipher.Block }

func NewECBEncrypter(b cipher.Block) cipher.BlockMode { return nil }
