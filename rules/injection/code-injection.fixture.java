// Fixture for injection.code-injection (Java: servlets, Spring).
package com.example.rules;

import java.io.IOException;
import java.util.Map;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import groovy.lang.GroovyShell;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

public class FormulaServlet extends HttpServlet {

    private static final Map<String, String> FORMULAS = Map.of("tax", "price * 0.2", "total", "price * 1.2");

    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("javascript");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String formula = request.getParameter("formula");
        try {
            // ruleid: injection.code-injection
            Object value = engine.eval("var price = 10; " + formula);
            response.getWriter().print(value);
        } catch (ScriptException e) {
            response.sendError(400);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getParameter("name");
        String formula = FORMULAS.get(name);
        int price = Integer.parseInt(request.getParameter("price"));
        try {
            // ok: injection.code-injection
            Object value = engine.eval(formula);
            // ok: injection.code-injection
            Object doubled = engine.eval("2 * " + price);
            // ok: injection.code-injection
            Object constant = engine.eval("1 + 1");
            response.getWriter().print(value + " " + doubled + " " + constant);
        } catch (ScriptException e) {
            response.sendError(400);
        }
    }
}

@RestController
class ScriptController {

    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("groovy");

    @PostMapping("/script")
    public Object run(@RequestBody String script) throws ScriptException {
        // ruleid: injection.code-injection
        return engine.eval(script);
    }

    @PostMapping("/groovy")
    public Object groovy(@RequestParam("code") String code) {
        GroovyShell shell = new GroovyShell();
        // ruleid: injection.code-injection
        return shell.evaluate(code);
    }

    @PostMapping("/echo")
    public Object echo(@RequestParam("text") String text) throws ScriptException {
        // ok: injection.code-injection
        return engine.eval("text.toUpperCase()", engine.createBindings());
    }

    Object loadScheduled(String configuredScript) throws ScriptException {
        // ok: injection.code-injection
        return engine.eval(configuredScript);
    }
}
