// Fixture for injection.code-injection-template (Go: net/http, gin).
package main

import (
	htmltemplate "html/template"
	"net/http"
	"strings"
	"text/template"

	"github.com/gin-gonic/gin"
)

var pageTemplate = template.Must(template.New("page").Parse("<h1>{{.Title}}</h1>"))

var Templates = map[string]string{"short": "{{.Name}}", "long": "Dear {{.Name}},"}

func previewHandler(w http.ResponseWriter, r *http.Request) {
	source := r.FormValue("template")
	// ruleid: injection.code-injection-template
	tmpl, err := template.New("preview").Parse(source)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	tmpl.Execute(w, nil)
}

func greetHandler(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ruleid: injection.code-injection-template
	tmpl := htmltemplate.Must(htmltemplate.New("greet").Funcs(htmltemplate.FuncMap{"upper": strings.ToUpper}).Parse("Hello " + name))
	tmpl.Execute(w, nil)
}

func ginPreview(c *gin.Context) {
	body := c.PostForm("body")
	// ruleid: injection.code-injection-template
	tmpl, _ := template.New("x").Parse(body)
	tmpl.Execute(c.Writer, nil)
}

// --- safe -----------------------------------------------------------------------------------------------------

func safeHandler(w http.ResponseWriter, r *http.Request) {
	title := r.URL.Query().Get("title")
	// ok: injection.code-injection-template
	tmpl := template.Must(template.New("safe").Parse("<h1>{{.}}</h1>"))
	tmpl.Execute(w, title)
	pageTemplate.Execute(w, map[string]string{"Title": title})
}

func namedHandler(w http.ResponseWriter, r *http.Request) {
	source := Templates[r.URL.Query().Get("kind")]
	// ok: injection.code-injection-template
	tmpl, _ := template.New("named").Parse(source)
	tmpl.Execute(w, map[string]string{"Name": r.URL.Query().Get("name")})
}

func loadTemplate(source string) (*template.Template, error) {
	// ok: injection.code-injection-template
	return template.New("stored").Parse(source)
}

func main() {
	http.HandleFunc("/preview", previewHandler)
	http.ListenAndServe(":8080", nil)
}
