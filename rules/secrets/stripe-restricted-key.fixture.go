// Fixture for secret.stripe-restricted-key in Go.
package billing

import (
	"os"

	"github.com/stripe/stripe-go/v82"
)

func init() {
	// ruleid: secret.stripe-restricted-key
	stripe.Key = "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"
	// ok: secret.stripe-restricted-key
	stripe.Key = os.Getenv("STRIPE_RESTRICTED_KEY")
}
