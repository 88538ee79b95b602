// Fixture for secret.gitlab-runner-authentication-token. Values are random, in the documented formats, not real tokens.
package main

import "os"

// ruleid: secret.gitlab-runner-authentication-token
const token = "glrt-2kVj8wVjzz0aSeQ2MUGb"
// ruleid: secret.gitlab-runner-authentication-token
var next = `glrt-ECjoo56w3ZEW1ZocWACfI2M6MQpvOmJpdzMKdTpoY243aBI.01.1b1pcrdbw`
// ok: secret.gitlab-runner-authentication-token
var fromEnv = os.Getenv("RUNNER_TOKEN")
// Too short to be a token.
// ok: secret.gitlab-runner-authentication-token
const short = "glrt-y6iwhpwK7"
