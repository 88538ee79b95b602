// Fixture for injection.ssrf (Go: net/http, gin, chi).
package proxy

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
)

var client = &http.Client{}

func proxyHandler(w http.ResponseWriter, r *http.Request) {
	target := r.URL.Query().Get("url")
	// ruleid: injection.ssrf
	resp, err := http.Get(target)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body)
}

func webhookHandler(w http.ResponseWriter, r *http.Request) {
	callback := r.FormValue("callback")
	// ruleid: injection.ssrf
	req, _ := http.NewRequestWithContext(r.Context(), http.MethodPost, callback, nil)
	resp, err := client.Do(req)
	if err == nil {
		resp.Body.Close()
	}
}

func hostHandler(w http.ResponseWriter, r *http.Request) {
	host := r.Header.Get("X-Backend")
	u := fmt.Sprintf("http://%s/internal/status", host)
	// ruleid: injection.ssrf
	resp, err := client.Get(u)
	if err == nil {
		defer resp.Body.Close()
		io.Copy(w, resp.Body)
	}
}

func ginFetch(c *gin.Context) {
	raw := c.Query("src")
	parsed, err := url.Parse(raw)
	if err != nil {
		c.AbortWithStatus(http.StatusBadRequest)
		return
	}
	// ruleid: injection.ssrf
	req, _ := http.NewRequest("GET", parsed.String(), nil)
	resp, err := http.DefaultClient.Do(req)
	if err == nil {
		defer resp.Body.Close()
		c.DataFromReader(http.StatusOK, resp.ContentLength, "application/octet-stream", resp.Body, nil)
	}
}

func chiPing(w http.ResponseWriter, r *http.Request) {
	node := chi.URLParam(r, "node")
	// ruleid: injection.ssrf
	resp, err := http.DefaultClient.Post("http://"+node+":8080/ping", "text/plain", nil)
	if err == nil {
		resp.Body.Close()
	}
}

// Safe cases

func userHandler(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	// the scheme and host are fixed, the client only picks the path
	// ok: injection.ssrf
	resp, err := http.Get("https://api.internal.test/users/" + url.PathEscape(id))
	if err == nil {
		defer resp.Body.Close()
		io.Copy(w, resp.Body)
	}
}

func orderHandler(w http.ResponseWriter, r *http.Request) {
	u := fmt.Sprintf("https://orders.internal.test/v1/orders/%s", url.PathEscape(r.FormValue("order")))
	// ok: injection.ssrf
	req, _ := http.NewRequest(http.MethodGet, u, nil)
	resp, err := client.Do(req)
	if err == nil {
		resp.Body.Close()
	}
}

func pageHandler(w http.ResponseWriter, r *http.Request) {
	page, err := strconv.Atoi(r.FormValue("page"))
	if err != nil {
		return
	}
	// ok: injection.ssrf
	resp, err := client.Get("https://catalog.internal.test/items?page=" + strconv.Itoa(page))
	if err == nil {
		resp.Body.Close()
	}
}

func healthCheck(ctx context.Context, endpoint string) error {
	// the endpoint comes from configuration, not from a request
	// ok: injection.ssrf
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, endpoint, nil)
	if err != nil {
		return err
	}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
