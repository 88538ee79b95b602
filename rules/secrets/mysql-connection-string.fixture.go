// Fixture for secret.mysql-connection-string. Passwords are random strings, not real credentials.
package store

import (
	"database/sql"
	"fmt"
	"os"
)

func open() (*sql.DB, error) {
	// ruleid: secret.mysql-connection-string
	return sql.Open("mysql", "shop:2QHYXh9mTMO0Kvz@tcp(shop-db.prod.internal:3306)/shop?parseTime=true")
}

// ruleid: secret.mysql-connection-string
const analyticsURL = "mysql://analytics:YX3ciVJLytm0vGM5y0rB@10.20.0.7:3306/events"

// ok: secret.mysql-connection-string
var fromEnv = os.Getenv("MYSQL_DSN")

// ok: secret.mysql-connection-string
var built = fmt.Sprintf("%s:%s@tcp(%s:3306)/%s", user, pass, host, db)

// ok: secret.mysql-connection-string
const localDSN = "root:root@tcp(127.0.0.1:3306)/shop_test"

// ok: secret.mysql-connection-string
const localSocket = "app:devpass@unix(/var/run/mysqld/mysqld.sock)/app"

// ok: secret.mysql-connection-string
const docs = "mysql://user:password@localhost/dbname"

// ok: secret.mysql-connection-string
const noPassword = "mysql://readonly@db.internal:3306/events"
