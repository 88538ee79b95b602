// Fixture for injection.xss-server-response (Go: net/http, gorilla/mux, Gin, Echo).
package handlers

import (
	"encoding/json"
	"fmt"
	"html"
	"html/template"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/mux"
	"github.com/labstack/echo/v4"
)

func Hello(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	// ruleid: injection.xss-server-response
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", name)
}

func Search(w http.ResponseWriter, req *http.Request) {
	q := req.FormValue("q")
	page := "<p>No results for <b>" + q + "</b></p>"
	// ruleid: injection.xss-server-response
	w.Write([]byte(page))
}

func Article(w http.ResponseWriter, r *http.Request) {
	slug := mux.Vars(r)["slug"]
	// ruleid: injection.xss-server-response
	io.WriteString(w, "<article id=\""+slug+"\"></article>")
}

func Back(w http.ResponseWriter, r *http.Request) {
	ref := r.Header.Get("Referer")
	// ruleid: injection.xss-server-response
	fmt.Fprint(w, "<a href=\"", ref, "\">back</a>")
}

func GinComment(c *gin.Context) {
	text := c.PostForm("text")
	page := fmt.Sprintf("<div class=\"comment\">%s</div>", text)
	// ruleid: injection.xss-server-response
	c.Data(http.StatusOK, "text/html; charset=utf-8", []byte(page))
}

func EchoGreet(c echo.Context) error {
	// ruleid: injection.xss-server-response
	return c.HTML(http.StatusOK, "<p>Hi "+c.QueryParam("who")+"</p>")
}

// ---- safe ----

func HelloSafe(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ok: injection.xss-server-response
	fmt.Fprintf(w, "<h1>Hello, %s!</h1>", html.EscapeString(name))
	// ok: injection.xss-server-response
	fmt.Fprintf(w, "<p>%s</p>", template.HTMLEscapeString(r.FormValue("x")))
}

func Count(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.URL.Query().Get("n"))
	if err != nil {
		http.Error(w, "bad n", http.StatusBadRequest)
		return
	}
	// ok: injection.xss-server-response
	fmt.Fprintf(w, "<p>%d items</p>", n)
}

func Plain(w http.ResponseWriter, r *http.Request) {
	// ok: injection.xss-server-response
	fmt.Fprintf(w, "Hello, %s", r.URL.Query().Get("name"))
}

func Templated(w http.ResponseWriter, r *http.Request) {
	tmpl := template.Must(template.New("p").Parse("<p>{{.}}</p>"))
	// ok: injection.xss-server-response
	tmpl.Execute(w, r.URL.Query().Get("name"))
}

func Theme(w http.ResponseWriter, r *http.Request) {
	cookie, err := r.Cookie("theme")
	if err != nil {
		return
	}
	// ok: injection.xss-server-response
	fmt.Fprintf(w, "<body class=\"%s\">%s</body>", cookie.Value, r.Header.Get("Accept-Language"))
}

func GinSafe(c *gin.Context) {
	// ok: injection.xss-server-response
	c.HTML(http.StatusOK, "comment.tmpl", gin.H{"text": c.PostForm("text")})
	// ok: injection.xss-server-response
	c.JSON(http.StatusOK, gin.H{"html": "<b>" + c.Query("q") + "</b>"})
}

func Logging(r *http.Request) {
	// ok: injection.xss-server-response
	fmt.Printf("<request> %s\n", r.URL.Path)
}

func Download(w http.ResponseWriter, r *http.Request) {
	data, err := os.ReadFile(filepath.Join("/srv/files", filepath.Base(r.URL.Query().Get("f"))))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	// ok: injection.xss-server-response
	w.Write(data)
}

type result struct {
	Query string `json:"query"`
}

func JSONResult(w http.ResponseWriter, r *http.Request) {
	out, err := json.Marshal(result{Query: r.URL.Query().Get("q")})
	if err != nil {
		return
	}
	w.Header().Set("Content-Type", "application/json")
	// ok: injection.xss-server-response
	w.Write(out)
}
