// Fixture for injection.path-traversal (Go: net/http, gin, gorilla/mux).
package files

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/mux"
)

const baseDir = "/srv/app/files"

func readHandler(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	// ruleid: injection.path-traversal
	data, err := os.ReadFile(filepath.Join(baseDir, name))
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	w.Write(data)
}

func serveHandler(w http.ResponseWriter, r *http.Request) {
	// ruleid: injection.path-traversal
	http.ServeFile(w, r, filepath.Join(baseDir, r.FormValue("file")))
}

func uploadHandler(w http.ResponseWriter, r *http.Request) {
	file, header, err := r.FormFile("upload")
	if err != nil {
		http.Error(w, "bad upload", http.StatusBadRequest)
		return
	}
	defer file.Close()
	// ruleid: injection.path-traversal
	out, err := os.Create(filepath.Join(baseDir, "uploads", header.Filename))
	if err != nil {
		return
	}
	defer out.Close()
	io.Copy(out, file)
}

func deleteHandler(w http.ResponseWriter, r *http.Request) {
	vars := mux.Vars(r)
	target := baseDir + "/" + vars["name"]
	// ruleid: injection.path-traversal
	if err := os.RemoveAll(target); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

func ginDownload(c *gin.Context) {
	name := c.Query("name")
	// ruleid: injection.path-traversal
	c.File(filepath.Join(baseDir, name))
}

func ginUpload(c *gin.Context) {
	file, _ := c.FormFile("file")
	// ruleid: injection.path-traversal
	c.SaveUploadedFile(file, "/srv/app/uploads/"+file.Filename)
}

// Safe cases

func safeBase(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(r.URL.Query().Get("name"))
	// ok: injection.path-traversal
	f, err := os.Open(filepath.Join(baseDir, name))
	if err != nil {
		return
	}
	defer f.Close()
	io.Copy(w, f)
}

func safeRooted(w http.ResponseWriter, r *http.Request) {
	name := filepath.Clean("/" + r.URL.Query().Get("name"))
	// ok: injection.path-traversal
	http.ServeFile(w, r, filepath.Join(baseDir, name))
}

func safeNumber(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.FormValue("id"))
	if err != nil {
		return
	}
	// ok: injection.path-traversal
	data, _ := os.ReadFile(filepath.Join(baseDir, strconv.Itoa(id)+".json"))
	w.Write(data)
}

func safeUpload(c *gin.Context) {
	file, _ := c.FormFile("file")
	// ok: injection.path-traversal
	c.SaveUploadedFile(file, filepath.Join("/srv/app/uploads", filepath.Base(file.Filename)))
}

func safeConfig(w http.ResponseWriter, r *http.Request) {
	path := os.Getenv("APP_CONFIG")
	// ok: injection.path-traversal
	data, _ := os.ReadFile(path)
	w.Write(data)
}

func cleanup(dir string) error {
	// ok: injection.path-traversal
	return os.RemoveAll(filepath.Join(dir, "tmp"))
}
