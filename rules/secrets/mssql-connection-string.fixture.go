// Fixture for secret.mssql-connection-string. Passwords are random strings, not real credentials.
package db

import (
	"database/sql"
	"os"
)

func open() (*sql.DB, error) {
	// ruleid: secret.mssql-connection-string
	return sql.Open("sqlserver", "sqlserver://reporting:Wp6eNAktejYB1Hij@sql-prod-01.corp.internal:1433?database=reports")
}

// ok: secret.mssql-connection-string
var fromEnv = os.Getenv("SQLSERVER_DSN")

// ok: secret.mssql-connection-string
const local = "sqlserver://sa:yourStrong(!)Password@localhost:1433?database=master"

// ok: secret.mssql-connection-string
const docker = "sqlserver://sa:Passw0rd@mssql:1433"
