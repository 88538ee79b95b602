// Fixture for injection.nosql-injection-where (Java: servlet and Spring MVC with the MongoDB driver).
package com.example.catalog;

import com.mongodb.BasicDBObject;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

public class CatalogServlet extends HttpServlet {
    private MongoCollection<Document> products;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        // ruleid: injection.nosql-injection-where
        BasicDBObject query = new BasicDBObject("$where", "this.name == '" + name + "'");
        Document filter = new Document();
        // ruleid: injection.nosql-injection-where
        filter.append("$where", "this.category == '" + request.getHeader("X-Category") + "'");
        // ruleid: injection.nosql-injection-where
        products.find(Filters.where("this.owner == '" + name + "'")).into(new ArrayList<>());
        // ok: injection.nosql-injection-where
        products.find(Filters.eq("name", name)).into(new ArrayList<>());
        // ok: injection.nosql-injection-where
        products.find(Filters.where("this.stock < this.reserved")).into(new ArrayList<>());
        int min = Integer.parseInt(request.getParameter("min"));
        // ok: injection.nosql-injection-where
        products.find(new Document("$where", "this.price > " + min)).into(new ArrayList<>());
        response.getWriter().println(query.toJson() + filter.toJson());
    }
}

@RestController
class ProductController {
    private final MongoCollection<Document> products;

    ProductController(MongoCollection<Document> products) {
        this.products = products;
    }

    @GetMapping("/products")
    List<Document> search(@RequestParam String expr) {
        // ruleid: injection.nosql-injection-where
        return products.find(new Document("$where", expr)).into(new ArrayList<>());
    }

    @GetMapping("/products/{page}")
    List<Document> page(@PathVariable int page) {
        // ok: injection.nosql-injection-where
        return products.find(new Document("$where", "this.page == " + page)).into(new ArrayList<>());
    }
}
