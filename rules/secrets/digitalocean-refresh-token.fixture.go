// Fixture for secret.digitalocean-refresh-token. Values are random, not real tokens.
package main

// ruleid: secret.digitalocean-refresh-token
const refreshToken = "dor_v1_79d2004283414e75bbfc46a185dd48ea9fe3be541998a3d258853992c342eab0"

// ok: secret.digitalocean-refresh-token
var fromStore = vault.Get("digitalocean/refresh_token")

// Upper-case hex is not the documented alphabet.
// ok: secret.digitalocean-refresh-token
const shouting = "dor_v1_79D2004283414E75BBFC46A185DD48EA9FE3BE541998A3D258853992C342EAB0"
