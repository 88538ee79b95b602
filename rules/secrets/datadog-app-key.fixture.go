// Fixture for secret.datadog-app-key.
package monitoring

import "os"

const (
	// ruleid: secret.datadog-app-key
	DatadogAppKey = "cd5aead00918ed3fe4cdfb0835c450e36475f3e4"
	// ok: secret.datadog-app-key
	DatadogAppKeyName = "DD_APP_KEY"
)

// ok: secret.datadog-app-key
var ddAppKey = os.Getenv("DD_APP_KEY")

// ruleid: secret.datadog-app-key
var headers = map[string]string{"DD-APPLICATION-KEY": "4739a19639614bb6f5d69ba16511e50c2bcbc25c"}

// ok: secret.datadog-app-key
var commit = "853d36024faf01f6847e04dce4be1333cb40a70e"
