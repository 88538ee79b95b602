// Fixture for injection.command-injection (Go: net/http, gin, CLI).
package main

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"

	"github.com/alessio/shellescape"
	"github.com/gin-gonic/gin"
)

var allowedTools = map[string]string{"disk": "df", "mem": "free"}

func pingHandler(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	// ruleid: injection.command-injection
	out, err := exec.Command("sh", "-c", "ping -c 1 "+host).Output()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Write(out)
}

func lookupHandler(w http.ResponseWriter, r *http.Request) {
	domain := r.FormValue("domain")
	script := fmt.Sprintf("nslookup %s", domain)
	// ruleid: injection.command-injection
	cmd := exec.CommandContext(r.Context(), "/bin/bash", "-c", script)
	out, _ := cmd.CombinedOutput()
	w.Write(out)
}

func toolHandler(w http.ResponseWriter, r *http.Request) {
	tool := r.Header.Get("X-Tool")
	// ruleid: injection.command-injection
	out, _ := exec.Command(tool, "--version").Output()
	w.Write(out)
}

func windowsHandler(w http.ResponseWriter, req *http.Request) {
	name := req.PostFormValue("name")
	// ruleid: injection.command-injection
	exec.Command("cmd.exe", "/C", "dir "+name).Run()
}

// --- safe -----------------------------------------------------------------------------------------------------

func pingSafeHandler(w http.ResponseWriter, r *http.Request) {
	host := r.URL.Query().Get("host")
	// ok: injection.command-injection
	out, _ := exec.Command("ping", "-c", "1", "--", host).Output()
	w.Write(out)
}

func countHandler(w http.ResponseWriter, r *http.Request) {
	count := r.URL.Query().Get("count")
	// ok: injection.command-injection
	exec.Command("ping", "-c", count, "example.com").Run()
	n, err := strconv.Atoi(r.URL.Query().Get("lines"))
	if err != nil {
		return
	}
	// ok: injection.command-injection
	exec.Command("sh", "-c", "tail -n "+strconv.Itoa(n)+" /var/log/app.log").Run()
}

func quotedHandler(w http.ResponseWriter, r *http.Request) {
	dir := r.FormValue("dir")
	// ok: injection.command-injection
	exec.Command("sh", "-c", "ls -la "+shellescape.Quote(dir)).Run()
}

func statsHandler(w http.ResponseWriter, r *http.Request) {
	tool := allowedTools[r.URL.Query().Get("kind")]
	// ok: injection.command-injection
	exec.Command("sh", "-c", tool+" -h").Run()
	// ok: injection.command-injection
	exec.Command("sh", "-c", "uptime").Run()
}

func runConfigured(ctx context.Context, script string) error {
	// ok: injection.command-injection
	return exec.CommandContext(ctx, "sh", "-c", script).Run()
}

// gin
func ginArchive(c *gin.Context) {
	name := c.Query("name")
	// ruleid: injection.command-injection
	out, _ := exec.Command("bash", "-c", "tar -czf /tmp/"+name+".tgz /srv").CombinedOutput()
	c.String(http.StatusOK, string(out))
}

func ginLog(c *gin.Context) {
	// ok: injection.command-injection
	out, _ := exec.Command("git", "log", "--author", c.Param("author")).Output()
	c.String(http.StatusOK, string(out))
}

// CLI
func main() {
	if len(os.Args) > 1 {
		// ruleid: injection.command-injection
		exec.Command("sh", "-c", "rm -rf "+os.Args[1]).Run()
	}
	// ok: injection.command-injection
	exec.Command(os.Args[0], "worker").Start()
	reader := bufio.NewReader(os.Stdin)
	line, _ := reader.ReadString('\n')
	parts := strings.Fields(line)
	if len(parts) > 0 {
		// ruleid: injection.command-injection
		exec.Command(parts[0], parts[1:]...).Run()
	}
	http.HandleFunc("/ping", pingHandler)
	http.ListenAndServe(":8080", nil)
}
