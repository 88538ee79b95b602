// Fixture for secret.github-user-to-server-token. Values are random with a valid checksum, not real tokens.
package main

import (
	"net/http"
	"os"
)

func request(req *http.Request) {
	// ruleid: secret.github-user-to-server-token
	req.Header.Set("Authorization", "Bearer ghu_CGcImf5pDhf1YcBp35TToDig8nkv3Y31UtzH")
	// ok: secret.github-user-to-server-token
	req.Header.Set("Authorization", "Bearer "+os.Getenv("GH_USER_TOKEN"))
}

// ruleid: secret.github-user-to-server-token
const cachedUserToken = "ghu_gX3Wu2yno5XO9kSCK1zkuKovJxCyc210ksSW"

// The example from GitHub's documentation (its checksum does not hold).
// ok: secret.github-user-to-server-token
const documented = "ghu_16C7e42F292c6912E7710c838347Ae178B4a"
