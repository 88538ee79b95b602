// Fixture for injection.nosql-injection (Java: servlet and Spring MVC with the MongoDB driver and Spring Data).
package com.example.accounts;

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
import org.bson.types.ObjectId;
import org.json.JSONObject;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.BasicQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

public class AccountSearchServlet extends HttpServlet {
    private MongoCollection<Document> accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = request.getParameter("user");
        String json = "{ \"user\": \"" + user + "\", \"active\": true }";
        // ruleid: injection.nosql-injection
        Document filter = Document.parse(json);
        // ruleid: injection.nosql-injection
        BasicDBObject raw = BasicDBObject.parse(request.getParameter("filter"));
        // ok: injection.nosql-injection
        Document fixed = Document.parse("{ \"active\": true }");
        // ok: injection.nosql-injection
        Document quoted = Document.parse("{ \"user\": " + JSONObject.quote(user) + " }");
        // ok: injection.nosql-injection
        List<Document> byEq = accounts.find(Filters.eq("user", user)).into(new ArrayList<>());
        response.getWriter().println(filter.toJson() + raw.toJson() + fixed.toJson() + quoted.toJson() + byEq.size());
    }
}

@RestController
class AccountController {
    private final MongoTemplate mongoTemplate;

    AccountController(MongoTemplate mongoTemplate) {
        this.mongoTemplate = mongoTemplate;
    }

    @GetMapping("/accounts")
    List<Document> byOwner(@RequestParam String owner) {
        // ruleid: injection.nosql-injection
        BasicQuery query = new BasicQuery("{ owner: '" + owner + "' }");
        return mongoTemplate.find(query, Document.class, "accounts");
    }

    @PostMapping("/accounts/search")
    List<Document> search(@RequestBody String body) {
        // ruleid: injection.nosql-injection
        return mongoTemplate.find(new BasicQuery(body), Document.class, "accounts");
    }

    @GetMapping("/accounts/{id}")
    List<Document> byId(@PathVariable String id) {
        // ok: injection.nosql-injection
        BasicQuery query = new BasicQuery(new Document("_id", new ObjectId(id)));
        return mongoTemplate.find(query, Document.class, "accounts");
    }

    @GetMapping("/accounts/age/{age}")
    List<Document> byAge(@PathVariable int age) {
        // ok: injection.nosql-injection
        return mongoTemplate.find(new BasicQuery("{ age: { $gt: " + age + " } }"), Document.class, "accounts");
    }
}
