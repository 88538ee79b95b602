// Fixture for injection.xss-trusted-markup (Go html/template).
package views

import (
	"html"
	"html/template"
	"net/http"

	"github.com/microcosm-cc/bluemonday"
)

var page = template.Must(template.New("page").Parse(`<h1>{{.Title}}</h1><div>{{.Body}}</div><a href="{{.Link}}">more</a>`))

type pageData struct {
	Title string
	Body  template.HTML
	Link  template.URL
}

func Show(w http.ResponseWriter, r *http.Request) {
	data := pageData{
		Title: r.URL.Query().Get("title"),
		// ruleid: injection.xss-trusted-markup
		Body: template.HTML(r.FormValue("body")),
		// ruleid: injection.xss-trusted-markup
		Link: template.URL(r.URL.Query().Get("next")),
	}
	page.Execute(w, data)
}

func Script(w http.ResponseWriter, r *http.Request) {
	cb := r.URL.Query().Get("callback")
	// ruleid: injection.xss-trusted-markup
	js := template.JS(cb + "(data)")
	page.Execute(w, js)
}

// ---- safe ----

var policy = bluemonday.UGCPolicy()

func ShowSafe(w http.ResponseWriter, r *http.Request) {
	data := pageData{
		// ok: injection.xss-trusted-markup
		Body: template.HTML(policy.Sanitize(r.FormValue("body"))),
		// ok: injection.xss-trusted-markup
		Link: template.URL("/help"),
	}
	// ok: injection.xss-trusted-markup
	data.Body = template.HTML("<p>" + html.EscapeString(r.FormValue("body")) + "</p>")
	page.Execute(w, data)
}

func Footer() template.HTML {
	// ok: injection.xss-trusted-markup
	return template.HTML(`<footer>&copy; Example</footer>`)
}
