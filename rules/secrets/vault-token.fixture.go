// Fixture for secret.vault-token. Tokens are random strings in the documented shape.
package secrets

import (
	"os"

	vault "github.com/hashicorp/vault/api"
)

func client() *vault.Client {
	c, _ := vault.NewClient(vault.DefaultConfig())
	// ruleid: secret.vault-token
	c.SetToken("hvs.CAESIF-fP6zn54HICRiUUN1Vs3IE2vfcaxf0ltzrZav1SwZFQ_2lZDmKbK_SmsexVmNA99Txn6I6W3IS7ajLILL072e")
	// ok: secret.vault-token
	c.SetToken(os.Getenv("VAULT_TOKEN"))
	return c
}

// ruleid: secret.vault-token
const batchToken = "hvb.AAAAAQhOTYkRoVq2luADyaTQr9v-gIDVe4N8JQSrkB4gb5NUJ-WhcZMMGCEPeV5dyk4dRCofNr37x169pFRJuGOZSnLQ0LMoAH-A50ZSqxjmjxOSQNv9Ug6T4iRyJoFiy6KHMoi3la"

// ruleid: secret.vault-token
const rootToken = "hvs.TJEQsDkJ8cvEjk3tr7xd5VIb"

// ok: secret.vault-token
const docsPrefix = "hvs.XXXXXXXXXXXXXXXXXXXXXXXX"

// ok: secret.vault-token (an identifier, not a token)
var field = myhvs.connectionPoolSettingsTimeoutValue
