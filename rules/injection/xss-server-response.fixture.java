// Fixture for injection.xss-server-response (Java: servlets, Spring MVC).
package com.example.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Enumeration;
import java.util.Locale;

import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.commons.text.StringEscapeUtils;
import org.owasp.encoder.Encode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

@WebServlet("/greet")
public class GreetServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setContentType("text/html;charset=UTF-8");
        String name = request.getParameter("name");
        if (name == null) name = "";
        // ruleid: injection.xss-server-response
        response.getWriter().println("<h1>Hello " + name + "</h1>");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String comment = java.net.URLDecoder.decode(request.getParameterValues("comment")[0], "UTF-8");
        StringBuilder sb = new StringBuilder(comment);
        sb.append(" (posted)");
        String bar = sb.toString();
        // ruleid: injection.xss-server-response
        response.getWriter().write(bar.toCharArray(), 0, bar.length());
        Object[] args = {"a", bar};
        // ruleid: injection.xss-server-response
        response.getWriter().printf(Locale.US, "Formatted like: %1$s and %2$s.", args);
    }

    protected void referer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String param = "";
        Enumeration<String> headers = request.getHeaders("Referer");
        if (headers != null && headers.hasMoreElements()) {
            param = headers.nextElement();
        }
        PrintWriter out = response.getWriter();
        out.write("<!DOCTYPE html>\n<html>\n<body>\n<p>");
        // ruleid: injection.xss-server-response
        out.format(Locale.US, param, "a", "b");
        out.write("\n</p>\n</body>\n</html>");
    }

    protected void query(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String qs = req.getQueryString();
        // ruleid: injection.xss-server-response
        resp.getOutputStream().print("<a href=\"/next?" + qs + "\">next</a>");
    }

    protected void wrapped(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RequestWrapper wrapper = new RequestWrapper(request);
        String value = wrapper.getTheParameter("vector");
        // ruleid: injection.xss-server-response
        response.getWriter().print(value);
    }

    // ---- safe ----

    protected void escaped(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        // ok: injection.xss-server-response
        response.getWriter().println("<h1>Hello " + Encode.forHtml(name) + "</h1>");
        // ok: injection.xss-server-response
        response.getWriter().println(StringEscapeUtils.escapeHtml4(name));
        String bar = HtmlUtils.htmlEscape(name);
        // ok: injection.xss-server-response
        response.getWriter().write(bar);
        // ok: injection.xss-server-response
        response.getWriter().print(org.owasp.esapi.ESAPI.encoder().encodeForHTML(name));
    }

    protected void constants(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String param = request.getParameter("p");
        String bar = "safe!";
        if (param == null) {
            bar = "missing";
        }
        // ok: injection.xss-server-response
        response.getWriter().println(bar);
        int count = Integer.parseInt(request.getParameter("count"));
        // ok: injection.xss-server-response
        response.getWriter().println("<p>" + count + " items</p>");
    }

    protected void notFromAnotherSite(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Cookie[] cookies = request.getCookies();
        String theme = "light";
        if (cookies != null) {
            for (Cookie c : cookies) {
                if ("theme".equals(c.getName())) theme = c.getValue();
            }
        }
        // ok: injection.xss-server-response
        response.getWriter().println("<body class=\"" + theme + "\">");
        // ok: injection.xss-server-response
        response.getWriter().println("<p>" + request.getHeader("User-Agent") + "</p>");
        // ok: injection.xss-server-response
        response.getWriter().println("<a href=\"" + request.getContextPath() + "/home\">home</a>");
    }

    protected void upload(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        try (java.io.OutputStream out = new java.io.FileOutputStream("/srv/uploads/upload.bin")) {
            // ok: injection.xss-server-response
            out.write(request.getInputStream().readAllBytes());
        }
        // ok: injection.xss-server-response
        response.getWriter().println(name.length());
        // ok: injection.xss-server-response
        response.getWriter().println(java.util.Base64.getEncoder().encodeToString(name.getBytes()));
        PrintWriter writer = response.getWriter();
        // ruleid: injection.xss-server-response
        writer.write("<p>Saved " + name + "</p>");
    }

    protected void logging(HttpServletRequest request) {
        // ok: injection.xss-server-response
        System.out.println("<request> " + request.getParameter("name"));
    }
}

@RestController
class ProfileController {

    @GetMapping("/profile/{handle}")
    @ResponseBody
    public String profile(@PathVariable String handle, @RequestParam(value = "tab", defaultValue = "posts") String tab) {
        // ruleid: injection.xss-server-response
        return "<h1>@" + handle + "</h1><nav>" + tab + "</nav>";
    }

    @GetMapping("/card")
    public ResponseEntity<String> card(@RequestParam String title) {
        String html = String.format("<div class=\"card\">%s</div>", title);
        // ruleid: injection.xss-server-response
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(html);
    }

    @GetMapping("/profile-safe/{handle}")
    public String profileSafe(@PathVariable String handle) {
        // ok: injection.xss-server-response
        return "<h1>@" + HtmlUtils.htmlEscape(handle) + "</h1>";
    }

    @GetMapping("/api/profile/{handle}")
    public ResponseEntity<String> api(@PathVariable String handle) {
        // ok: injection.xss-server-response
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body("{\"handle\":\"" + handle + "\"}");
    }

    @GetMapping("/view")
    public String view(@RequestParam String page) {
        // ok: injection.xss-server-response
        return "redirect:/pages/" + page;
    }
}

class RequestWrapper {
    private final HttpServletRequest request;

    RequestWrapper(HttpServletRequest request) {
        this.request = request;
    }

    String getTheParameter(String name) {
        return request.getParameter(name);
    }
}
