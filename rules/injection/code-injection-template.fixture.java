// Fixture for injection.code-injection-template (Java: servlets, Spring).
package com.example.templates;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import groovy.text.SimpleTemplateEngine;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.Velocity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

public class PreviewServlet extends HttpServlet {

    private static final Map<String, String> TEMPLATES = Map.of("welcome", "Welcome $name", "bye", "Bye $name");

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String body = request.getParameter("template");
        VelocityContext context = new VelocityContext();
        context.put("name", "preview");
        StringWriter writer = new StringWriter();
        // ruleid: injection.code-injection-template
        Velocity.evaluate(context, writer, "preview", body);
        response.getWriter().print(writer);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        String source = TEMPLATES.get(request.getParameter("kind"));
        VelocityContext context = new VelocityContext();
        context.put("name", name);
        StringWriter writer = new StringWriter();
        // ok: injection.code-injection-template
        Velocity.evaluate(context, writer, "named", source);
        // ok: injection.code-injection-template
        Velocity.evaluate(context, writer, "fixed", "Hello $name");
        response.getWriter().print(writer);
    }
}

@RestController
class TemplateController {

    private final Configuration cfg = new Configuration(Configuration.VERSION_2_3_32);

    @PostMapping("/freemarker")
    public String freemarker(@RequestBody String source) throws IOException, TemplateException {
        // ruleid: injection.code-injection-template
        Template template = new Template("user", new StringReader(source), cfg);
        StringWriter out = new StringWriter();
        template.process(Map.of(), out);
        return out.toString();
    }

    @PostMapping("/groovy")
    public String groovy(@RequestParam("text") String text) throws Exception {
        // ruleid: injection.code-injection-template
        return new SimpleTemplateEngine().createTemplate(text).make(Map.of()).toString();
    }

    @PostMapping("/greet")
    public String greet(@RequestParam("name") String name) throws IOException, TemplateException {
        // ok: injection.code-injection-template
        Template template = new Template("greet", new StringReader("Hello ${name}"), cfg);
        StringWriter out = new StringWriter();
        template.process(Map.of("name", name), out);
        // ok: injection.code-injection-template
        Template page = cfg.getTemplate("page.ftl");
        page.process(Map.of("name", name), out);
        return out.toString();
    }
}
