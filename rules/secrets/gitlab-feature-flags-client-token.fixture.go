// Fixture for secret.gitlab-feature-flags-client-token. Values are random, in the documented formats, not real tokens.
package main

import "os"

// ruleid: secret.gitlab-feature-flags-client-token
const token = "glffct-bFJ7kinJFFACuK6yOkAk"
// ruleid: secret.gitlab-feature-flags-client-token
var next = `glffct-u9VGt7Xl1BBZkNQQllb9_mM6MQpvOmo5YmkKdTprcHNndBI.01.1b03pjv1z`
// ok: secret.gitlab-feature-flags-client-token
var fromEnv = os.Getenv("UNLEASH_INSTANCE_ID")
// Too short to be a token.
// ok: secret.gitlab-feature-flags-client-token
const short = "glffct-H1eWgT8CT"
