// Fixture for injection.ssrf (Java: Servlets, Spring MVC, java.net.http, Apache HttpClient, Jsoup).
package com.example.proxy;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;

public class ProxyServlet extends HttpServlet {
    private static final String CATALOG = "https://catalog.internal.test";
    private static final Map<String, String> FEEDS = Map.of("news", "https://feeds.test/news.xml");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = request.getParameter("url");
        URL url = new URL(target);
        // ruleid: injection.ssrf
        HttpURLConnection conn = (HttpURLConnection) url.openConnection();
        try (InputStream in = conn.getInputStream()) {
            in.transferTo(response.getOutputStream());
        }
    }

    protected void fetchHeader(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String host = request.getHeader("X-Backend-Host");
        HttpClient client = HttpClient.newHttpClient();
        // ruleid: injection.ssrf
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://" + host + "/status")).GET().build();
        HttpResponse<String> resp = client.send(req, HttpResponse.BodyHandlers.ofString());
        response.getWriter().write(resp.body());
    }

    protected void apache(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (CloseableHttpClient http = HttpClients.createDefault()) {
            // ruleid: injection.ssrf
            HttpGet get = new HttpGet(request.getParameter("feed"));
            http.execute(get).getEntity().writeTo(response.getOutputStream());
        }
    }

    protected void scrape(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String page = request.getParameter("page");
        // ruleid: injection.ssrf
        Document doc = Jsoup.connect(page).get();
        response.getWriter().write(doc.title());
    }

    // Safe cases

    protected void product(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sku = request.getParameter("sku");
        URL url = new URL("https://catalog.internal.test/products/" + java.net.URLEncoder.encode(sku, "UTF-8"));
        // ok: injection.ssrf
        try (InputStream in = url.openStream()) {
            in.transferTo(response.getOutputStream());
        }
    }

    protected void category(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String name = request.getParameter("category");
        HttpClient client = HttpClient.newHttpClient();
        // ok: injection.ssrf
        HttpRequest req = HttpRequest.newBuilder().uri(URI.create(CATALOG + "/categories/" + name)).build();
        response.getWriter().write(client.send(req, HttpResponse.BodyHandlers.ofString()).body());
    }

    protected void feed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String url = FEEDS.get(request.getParameter("name"));
        // ok: injection.ssrf
        Document doc = Jsoup.connect(url).get();
        response.getWriter().write(doc.title());
    }
}

@RestController
class IntegrationController {
    private final RestTemplate restTemplate = new RestTemplate();
    private final WebClient webClient = WebClient.create("https://api.internal.test");

    @GetMapping("/preview")
    public String preview(@RequestParam String link) {
        // ruleid: injection.ssrf
        return restTemplate.getForObject(link, String.class);
    }

    @PostMapping("/hooks")
    public void register(@RequestBody Map<String, String> body) {
        // ruleid: injection.ssrf
        webClient.post().uri(body.get("callback")).retrieve().toBodilessEntity().block();
    }

    @GetMapping("/users/{id}")
    public String user(@PathVariable String id) {
        // a URI template: the id is expanded into the path, the host is fixed
        // ok: injection.ssrf
        return restTemplate.getForObject("https://api.internal.test/users/{id}", String.class, id);
    }

    @GetMapping("/orders/{id}")
    public String order(@PathVariable String id) {
        // ok: injection.ssrf
        return webClient.get().uri("/orders/{id}", id).retrieve().bodyToMono(String.class).block();
    }

    @GetMapping("/invoices/{id}")
    public String invoice(@PathVariable String id) {
        String url = String.format("https://billing.internal.test/invoices/%s", id);
        // ok: injection.ssrf
        return restTemplate.getForObject(url, String.class);
    }

    public String refresh(String configuredUrl) {
        // ok: injection.ssrf
        return restTemplate.getForObject(configuredUrl, String.class);
    }
}
