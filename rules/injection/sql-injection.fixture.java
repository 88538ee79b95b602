// Fixture for injection.sql-injection (Java: Servlets with JDBC, Spring MVC with JdbcTemplate and JPA).
package com.example.shop;

import java.io.IOException;
import java.net.URLDecoder;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import javax.persistence.EntityManager;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.impl.client.CloseableHttpClient;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestTemplate;

@WebServlet("/accounts")
public class AccountServlet extends HttpServlet {
    private static final Map<String, String> SORT_COLUMNS = Map.of("name", "name", "date", "created_at");
    private DataSource dataSource;
    private String reportTable = "monthly_report";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String owner = request.getParameter("owner");
        String sql = "SELECT * FROM accounts WHERE owner = '" + owner + "'";
        try (Connection connection = dataSource.getConnection()) {
            Statement statement = connection.createStatement();
            // ruleid: injection.sql-injection
            ResultSet rs = statement.executeQuery(sql);
            while (rs.next()) {
                response.getWriter().println(rs.getString("name"));
            }
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }

    // Built piece by piece: a StringBuilder, then a list of names read in a loop
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        StringBuilder query = new StringBuilder("UPDATE accounts SET note = '");
        query.append(request.getParameter("note")).append("' WHERE id = 1");
        java.util.List<String> names = new java.util.ArrayList<>();
        names.add(request.getHeader("X-Name"));
        StringBuilder fixed = new StringBuilder("SELECT count(*) FROM accounts WHERE state = ");
        fixed.append("'open'");
        try (Connection connection = dataSource.getConnection()) {
            Statement statement = connection.createStatement();
            // ruleid: injection.sql-injection
            statement.executeUpdate(query.toString());
            for (String name : names) {
                // ruleid: injection.sql-injection
                statement.executeQuery("SELECT * FROM accounts WHERE name = '" + name + "'");
            }
            // ok: injection.sql-injection
            statement.executeQuery(fixed.toString());
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }

    // Branches decided by constants, and values kept under constant keys
    protected void doOptions(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String param = request.getParameter("id");
        int num = 106;
        String fixed = (7 * 42) - num > 200 ? "This should never happen" : "42";
        String open = (7 * 42) - num > 200 ? "This should never happen" : param;
        java.util.HashMap<String, Object> map = new java.util.HashMap<>();
        map.put("keyA", "a-Value");
        map.put("keyB", param);
        String guess = "ABC";
        String chosen;
        switch (guess.charAt(2)) {
            case 'A': chosen = param; break;
            case 'C': chosen = "bobs_your_uncle"; break;
            default: chosen = "x"; break;
        }
        try (Connection connection = dataSource.getConnection()) {
            Statement statement = connection.createStatement();
            // ok: injection.sql-injection
            statement.executeQuery("SELECT * FROM t WHERE id = " + fixed);
            // ruleid: injection.sql-injection
            statement.executeQuery("SELECT * FROM t WHERE id = " + open);
            // ok: injection.sql-injection
            statement.executeQuery("SELECT * FROM t WHERE id = '" + (String) map.get("keyA") + "'");
            // ruleid: injection.sql-injection
            statement.executeQuery("SELECT * FROM t WHERE id = '" + (String) map.get("keyB") + "'");
            // ok: injection.sql-injection
            statement.executeQuery("SELECT * FROM t WHERE name = '" + chosen + "'");
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String param = "";
        if (request.getHeader("X-Account") != null) {
            param = request.getHeader("X-Account");
        }
        param = URLDecoder.decode(param, "UTF-8");
        String call = "{call update_account('" + param + "')}";
        try (Connection connection = dataSource.getConnection()) {
            // ruleid: injection.sql-injection
            CallableStatement cs = connection.prepareCall(call);
            cs.execute();
            String query = "SELECT * FROM accounts WHERE name = '" + param + "' AND pin = ?";
            // ruleid: injection.sql-injection
            PreparedStatement ps = connection.prepareStatement(query);
            ps.setString(1, request.getParameter("pin"));
            ps.executeQuery();
            Statement st = connection.createStatement();
            // ruleid: injection.sql-injection
            st.execute("DELETE FROM sessions WHERE account = '" + param + "'");
            // ruleid: injection.sql-injection
            st.addBatch(String.format("INSERT INTO audit (who) VALUES ('%s')", param));
            st.executeBatch();
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String value = "none";
        java.util.Enumeration<String> headers = request.getHeaders("X-Account-Id");
        if (headers != null && headers.hasMoreElements()) {
            value = headers.nextElement();
        }
        StringBuilder sb = new StringBuilder("DELETE FROM accounts WHERE id = ");
        String sql = sb.append(value).toString();
        try (Connection connection = dataSource.getConnection()) {
            // ruleid: injection.sql-injection
            connection.createStatement().executeUpdate(sql);
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }

    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Cookie[] cookies = request.getCookies();
        String theme = cookies != null && cookies.length > 0 ? cookies[0].getValue() : "light";
        String raw = request.getQueryString();
        try (Connection connection = dataSource.getConnection()) {
            Statement statement = connection.createStatement();
            // ruleid: injection.sql-injection
            statement.executeUpdate("UPDATE prefs SET theme = '" + theme + "'");
            // ruleid: injection.sql-injection
            statement.execute("INSERT INTO access_log (query) VALUES ('" + raw + "')", Statement.RETURN_GENERATED_KEYS);
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }

    // ---- safe ----

    protected void safeLookup(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String owner = request.getParameter("owner");
        try (Connection connection = dataSource.getConnection()) {
            // ok: injection.sql-injection
            PreparedStatement ps = connection.prepareStatement("SELECT * FROM accounts WHERE owner = ?");
            ps.setString(1, owner);
            ps.executeQuery();
            int id = Integer.parseInt(request.getParameter("id"));
            Statement statement = connection.createStatement();
            // ok: injection.sql-injection
            statement.executeQuery("SELECT * FROM accounts WHERE id = " + id);
            String column = SORT_COLUMNS.get(request.getParameter("sort"));
            // ok: injection.sql-injection
            statement.executeQuery("SELECT * FROM accounts ORDER BY " + column);
            // ok: injection.sql-injection
            statement.executeQuery("SELECT * FROM " + reportTable + " WHERE length = " + owner.length());
        } catch (SQLException e) {
            throw new ServletException(e);
        }
    }

    protected void lookalikes(HttpServletRequest request, CloseableHttpClient httpClient, ExecutorService executor,
            RestTemplate restTemplate) throws IOException {
        String target = request.getParameter("url");
        HttpGet get = new HttpGet(target);
        // ok: injection.sql-injection
        httpClient.execute(get);
        // ok: injection.sql-injection
        restTemplate.execute(target, HttpMethod.GET, null, null);
        // ok: injection.sql-injection
        executor.execute(() -> System.out.println(target));
    }
}

@RestController
class ProductController {
    private final JdbcTemplate jdbcTemplate;
    private final EntityManager entityManager;

    ProductController(JdbcTemplate jdbcTemplate, EntityManager entityManager) {
        this.jdbcTemplate = jdbcTemplate;
        this.entityManager = entityManager;
    }

    @GetMapping("/products")
    List<Map<String, Object>> search(@RequestParam("q") String q) {
        // ruleid: injection.sql-injection
        return jdbcTemplate.queryForList("SELECT * FROM products WHERE name LIKE '%" + q + "%'");
    }

    @GetMapping("/products/{category}")
    List<?> byCategory(@PathVariable String category) {
        String jpql = "SELECT p FROM Product p WHERE p.category = '" + category + "'";
        // ruleid: injection.sql-injection
        return entityManager.createQuery(jpql).getResultList();
    }

    @PostMapping("/products/rename")
    int rename(@RequestBody RenameRequest body) {
        // ruleid: injection.sql-injection
        return jdbcTemplate.update("UPDATE products SET name = '" + body.getName() + "' WHERE id = " + body.getId());
    }

    @GetMapping("/products/native")
    List<?> nativeSearch(@RequestParam String sku) {
        // ruleid: injection.sql-injection
        return entityManager.createNativeQuery("SELECT * FROM products WHERE sku = '" + sku + "'").getResultList();
    }

    @GetMapping("/safe/products")
    List<Map<String, Object>> safeSearch(@RequestParam("q") String q) {
        // ok: injection.sql-injection
        return jdbcTemplate.queryForList("SELECT * FROM products WHERE name LIKE ?", "%" + q + "%");
    }

    @GetMapping("/safe/products/{id}")
    List<?> safeById(@PathVariable("id") Long id) {
        // ok: injection.sql-injection
        return entityManager.createQuery("SELECT p FROM Product p WHERE p.id = " + id).getResultList();
    }

    @GetMapping("/safe/products/category")
    List<?> safeCategory(@RequestParam String category) {
        // ok: injection.sql-injection
        return entityManager.createQuery("SELECT p FROM Product p WHERE p.category = :c")
            .setParameter("c", category)
            .getResultList();
    }

    void nightly() {
        // ok: injection.sql-injection
        jdbcTemplate.execute("DELETE FROM carts WHERE updated < now() - interval '30 days'");
    }
}

class RenameRequest {
    private String name;
    private long id;

    String getName() {
        return name;
    }

    long getId() {
        return id;
    }
}
