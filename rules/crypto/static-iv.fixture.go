// Fixture for crypto.static-iv (Go).
package secure

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"errors"
	"io"
)

const fixedIV = "1234567890abcdef"

func EncryptZero(key, plaintext []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	iv := make([]byte, aes.BlockSize)
	out := make([]byte, len(plaintext))
	// ruleid: crypto.static-iv
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, plaintext)
	return out, nil
}

func EncryptConst(key, plaintext []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(plaintext))
	// ruleid: crypto.static-iv
	stream := cipher.NewCTR(block, []byte(fixedIV))
	stream.XORKeyStream(out, plaintext)
	return out, nil
}

func SealFixed(gcm cipher.AEAD, plaintext []byte) []byte {
	nonce := []byte{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}
	// ruleid: crypto.static-iv
	return gcm.Seal(nil, nonce, plaintext, nil)
}

func EncryptRandom(key, plaintext []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	ciphertext := make([]byte, aes.BlockSize+len(plaintext))
	iv := ciphertext[:aes.BlockSize]
	if _, err := io.ReadFull(rand.Reader, iv); err != nil {
		return nil, err
	}
	// ok: crypto.static-iv
	stream := cipher.NewCFBEncrypter(block, iv)
	stream.XORKeyStream(ciphertext[aes.BlockSize:], plaintext)
	return ciphertext, nil
}

func SealRandom(gcm cipher.AEAD, plaintext []byte) ([]byte, error) {
	nonce := make([]byte, gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	// ok: crypto.static-iv
	return gcm.Seal(nonce, nonce, plaintext, nil), nil
}

func EncryptFromCiphertext(block cipher.Block, data []byte) ([]byte, error) {
	if len(data) < aes.BlockSize {
		return nil, errors.New("short")
	}
	iv := data[:aes.BlockSize]
	out := make([]byte, len(data)-aes.BlockSize)
	// ok: crypto.static-iv
	cipher.NewOFB(block, iv).XORKeyStream(out, data[aes.BlockSize:])
	return out, nil
}
