// Fixture for injection.path-traversal (Java: Servlets, Spring MVC).
package com.example.files;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.commons.io.FilenameUtils;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

public class FileServlet extends HttpServlet {
    private static final String BASE_DIR = "/srv/app/files/";
    private static final Map<String, String> REPORTS = Map.of("daily", "daily.csv", "weekly", "weekly.csv");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String param = request.getParameter("file");
        String fileName = BASE_DIR + param;
        // ruleid: injection.path-traversal
        try (FileInputStream fis = new FileInputStream(new File(fileName))) {
            fis.transferTo(response.getOutputStream());
        }
    }

    protected void headerFile(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String param = request.getHeader("X-Document");
        param = java.net.URLDecoder.decode(param, "UTF-8");
        // ruleid: injection.path-traversal
        java.io.File target = new java.io.File(BASE_DIR, param);
        response.getWriter().println(target.exists());
    }

    protected void cookieFile(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String param = "none";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("doc".equals(cookie.getName())) {
                    param = cookie.getValue();
                }
            }
        }
        // ruleid: injection.path-traversal
        byte[] bytes = Files.readAllBytes(Paths.get(BASE_DIR, param));
        response.getOutputStream().write(bytes);
    }

    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameterMap().get("name")[0];
        // ruleid: injection.path-traversal
        try (FileOutputStream out = new FileOutputStream(BASE_DIR + name, false)) {
            out.write(request.getInputStream().readAllBytes());
        }
    }

    // Safe cases

    protected void safeName(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = FilenameUtils.getName(request.getParameter("file"));
        // ok: injection.path-traversal
        File file = new File(BASE_DIR, name);
        response.getWriter().println(file.length());
    }

    protected void safeReport(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String report = REPORTS.get(request.getParameter("kind"));
        // ok: injection.path-traversal
        Path path = Paths.get(BASE_DIR, "reports", report);
        response.getWriter().println(Files.size(path));
    }

    protected void safeConstant(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String param = request.getParameter("file");
        String bar = "constant.txt";
        response.getWriter().println(param.length());
        // ok: injection.path-traversal
        File file = new File(BASE_DIR + bar);
        response.getWriter().println(file.exists());
    }

    protected void safeId(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int id = Integer.parseInt(request.getParameter("id"));
        // ok: injection.path-traversal
        byte[] bytes = Files.readAllBytes(Paths.get(BASE_DIR + id + ".json"));
        response.getOutputStream().write(bytes);
    }
}

@RestController
class DocumentController {
    private final Path root = Paths.get("/srv/app/documents");
    private AttachmentRepository attachments;

    interface Attachment {
        String getStoragePath();
    }

    interface AttachmentRepository {
        java.util.Optional<Attachment> findById(Long id);
    }

    @GetMapping("/documents/{name}")
    public Resource read(@PathVariable String name) {
        // ruleid: injection.path-traversal
        return new FileSystemResource(root.resolve(name));
    }

    @GetMapping("/documents")
    public byte[] byQuery(@RequestParam("path") String path) throws IOException {
        // ruleid: injection.path-traversal
        return Files.readAllBytes(Path.of("/srv/app/documents", path));
    }

    @PostMapping("/documents")
    public void upload(@RequestParam("file") MultipartFile file) throws IOException {
        // ruleid: injection.path-traversal
        file.transferTo(new File("/srv/app/documents/" + file.getOriginalFilename()));
    }

    @PostMapping("/documents/copy")
    public void store(@RequestParam("file") MultipartFile file) throws IOException {
        Path target = root.resolve(FilenameUtils.getName(file.getOriginalFilename()));
        try (InputStream in = file.getInputStream()) {
            // ok: injection.path-traversal
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @GetMapping("/documents/latest")
    public byte[] latest(@RequestParam("format") String format) throws IOException {
        // ok: injection.path-traversal
        return Files.readAllBytes(root.resolve("latest.pdf"));
    }

    @GetMapping("/attachments/{id}")
    public Resource attachment(@PathVariable Long id) {
        // the stored path of a record found by id, not the client's text
        Attachment attachment = attachments.findById(id).orElseThrow();
        // ok: injection.path-traversal
        return new FileSystemResource(attachment.getStoragePath());
    }

    @GetMapping("/reports/{year}")
    public byte[] yearly(@PathVariable int year) throws IOException {
        // Spring has already turned the path variable into a number
        // ok: injection.path-traversal
        return Files.readAllBytes(root.resolve("reports").resolve(year + ".csv"));
    }

    public byte[] loadTemplate(String templateName) throws IOException {
        // ok: injection.path-traversal
        return Files.readAllBytes(Paths.get("/srv/app/templates", templateName));
    }
}
