// Fixture for secret.anthropic-admin-key in Go.
package admin

import "os"

// ruleid: secret.anthropic-admin-key
const adminKey = "sk-ant-admin01-a3O_rPU_3VrTD9l3RPfH8AQyE1XN9ejm2R6tzJ5CZfYas6pWoqZ38e4Yp1R2DtFYiq6HhOykFbwTvTuE6tAuqjF5THEwiAA"

// ok: secret.anthropic-admin-key
var fromEnv = os.Getenv("ANTHROPIC_ADMIN_KEY")
