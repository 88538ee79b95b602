// Fixture for secret.slack-config-token.
package main

import "os"

// ruleid: secret.slack-config-token
const manifestToken = "xoxe.xoxp-1-YB6S16VmyvIN2ikLL52wcKr7Wk8WJwijj4nTCDcWCOR9abqpvoxYiOQGrHzqgPWR5jLS3StxCNY6YLWozDWKzAKYRXmOQ8v2oBojVze8xGg5WODjmBzjgF3wdl5Q789XNyHihEtppCyW0WOxaHWLo4w2kO4XfthDE4u"

var (
	// ruleid: secret.slack-config-token
	rotatingBot = "xoxe.xoxb-1-zEvtdmrgtK73wfrekOLRs8BvjXaBFaB0vBWc7sAj7q9oQMECGYuYmCEmhXBmT0WvpzzKHvjFQAEivRQM2Tt3wjuUqDcP6Jo5DfiDYKOepoM3zXPKfrojyYFBnfa1fTi6V7gSLxEC99y6ZYo3RLPWu7Cg5i5L2AKgETF"
	// ok: secret.slack-config-token
	fromEnv = os.Getenv("SLACK_CONFIG_TOKEN")
	// ok: secret.slack-config-token
	docs = "xoxe.xoxp-..."
	// ok: secret.slack-config-token
	short = "xoxe.xoxp-1-abcdefg"
)
