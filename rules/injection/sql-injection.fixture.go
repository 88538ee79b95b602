// Fixture for injection.sql-injection (Go: net/http, gorilla/mux, gin, database/sql, sqlx, pgx, GORM).
package handlers

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/mux"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
	"gorm.io/gorm"
)

type User struct {
	ID   int
	Name string
}

type Server struct {
	db   *sql.DB
	dbx  *sqlx.DB
	pool *pgxpool.Pool
	gorm *gorm.DB
}

var allowedSort = map[string]string{"name": "name", "created": "created_at"}

const defaultTable = "users"

func (s *Server) UserByName(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	query := "SELECT id, name FROM users WHERE name = '" + name + "'"
	// ruleid: injection.sql-injection
	rows, err := s.db.Query(query)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
}

func (s *Server) UserByID(w http.ResponseWriter, r *http.Request) {
	id := mux.Vars(r)["id"]
	var u User
	// ruleid: injection.sql-injection
	err := s.db.QueryRow(fmt.Sprintf("SELECT id, name FROM users WHERE id = %s", id)).Scan(&u.ID, &u.Name)
	if err != nil {
		http.NotFound(w, r)
	}
}

func (s *Server) DeleteOrder(w http.ResponseWriter, r *http.Request) {
	order := r.URL.Query().Get("order")
	// ruleid: injection.sql-injection
	_, err := s.db.ExecContext(r.Context(), "DELETE FROM orders WHERE id = "+order)
	if err != nil {
		http.Error(w, "failed", http.StatusBadRequest)
	}
}

func (s *Server) Search(w http.ResponseWriter, r *http.Request) {
	term := r.PostFormValue("term")
	var users []User
	// ruleid: injection.sql-injection
	err := s.dbx.Select(&users, "SELECT * FROM users WHERE name LIKE '%"+term+"%'")
	ctx := r.Context()
	// ruleid: injection.sql-injection
	rows, err := s.pool.Query(ctx, fmt.Sprintf("SELECT * FROM users WHERE bio LIKE '%%%s%%'", term))
	_, _ = rows, err
}

func (s *Server) GinList(c *gin.Context) {
	sort := c.Query("sort")
	role := c.Param("role")
	var users []User
	// ruleid: injection.sql-injection
	s.gorm.Where("role = '" + role + "'").Find(&users)
	// ruleid: injection.sql-injection
	s.gorm.Order(sort).Find(&users)
	// ruleid: injection.sql-injection
	s.gorm.Raw(fmt.Sprintf("SELECT * FROM users WHERE role = '%s'", role)).Scan(&users)
	c.JSON(http.StatusOK, users)
}

// ---- safe ----

func (s *Server) SafeUser(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	// ok: injection.sql-injection
	rows, err := s.db.Query("SELECT id, name FROM users WHERE name = $1", name)
	// ok: injection.sql-injection
	_, err = s.db.ExecContext(r.Context(), "UPDATE users SET seen = now() WHERE name = $1", name)
	// ok: injection.sql-injection
	prows, err := s.pool.Query(r.Context(), "SELECT * FROM users WHERE name = $1", name)
	_, _, _ = rows, prows, err
}

func (s *Server) SafeNumbers(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.URL.Query().Get("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	// ok: injection.sql-injection
	row := s.db.QueryRow(fmt.Sprintf("SELECT name FROM users WHERE id = %d", id))
	_ = row
}

func (s *Server) SafeQuoted(w http.ResponseWriter, r *http.Request) {
	table := pq.QuoteIdentifier(r.FormValue("table"))
	// ok: injection.sql-injection
	rows, err := s.db.Query("SELECT count(*) FROM " + table)
	_, _ = rows, err
}

func (s *Server) SafeGorm(c *gin.Context) {
	var users []User
	column, ok := allowedSort[c.Query("sort")]
	if !ok {
		column = "name"
	}
	// ok: injection.sql-injection
	s.gorm.Where("role = ?", c.Param("role")).Order(column).Find(&users)
	// ok: injection.sql-injection
	s.gorm.Where(&User{Name: c.Query("name")}).Find(&users)
	c.JSON(http.StatusOK, users)
}

func (s *Server) Maintenance(ctx context.Context, tables []string) error {
	// ok: injection.sql-injection
	_, err := s.db.ExecContext(ctx, "VACUUM "+defaultTable)
	// ok: injection.sql-injection
	_, err = s.db.Exec("ANALYZE " + strings.Join(tables, ", "))
	return err
}

func Lookalikes(w http.ResponseWriter, r *http.Request) {
	// ok: injection.sql-injection
	q := r.URL.Query()
	// ok: injection.sql-injection
	fmt.Fprintln(w, q.Get("name"))
}

func (s *Server) GinChained(c *gin.Context) {
	var users []User
	// ruleid: injection.sql-injection
	s.gorm.Model(&User{}).Where("active = ?", true).Order(c.Query("sort")).Find(&users)
	c.JSON(http.StatusOK, users)
}
