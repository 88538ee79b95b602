// Fixture for injection.command-injection (Java: servlets, Spring, CLI).
package com.example.ops;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.servlet.ServletException;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

public class PingServlet extends HttpServlet {

    private static final Map<String, String> TOOLS = Map.of("disk", "df -h", "mem", "free -m");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String host = request.getParameter("host");
        Runtime runtime = Runtime.getRuntime();
        // ruleid: injection.command-injection
        Process p = runtime.exec("ping -c 1 " + host);
        print(p, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String param = "";
        java.util.Enumeration<String> headers = request.getHeaders("X-Target");
        if (headers != null && headers.hasMoreElements()) {
            param = headers.nextElement();
        }
        param = URLDecoder.decode(param, "UTF-8");
        String bar = new StringBuilder(param).reverse().toString();

        String[] args = {"sh", "-c", "echo " + bar};
        // ruleid: injection.command-injection
        Process p = Runtime.getRuntime().exec(args);
        print(p, response);
    }

    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String[] values = request.getParameterValues("name");
        String bar = values != null && values.length > 0 ? values[0] : "";

        List<String> argList = new ArrayList<String>();
        String osName = System.getProperty("os.name");
        if (osName.indexOf("Windows") != -1) {
            argList.add("cmd.exe");
            argList.add("/c");
        } else {
            argList.add("sh");
            argList.add("-c");
        }
        argList.add("echo " + bar);
        ProcessBuilder pb = new ProcessBuilder();
        // ruleid: injection.command-injection
        pb.command(argList);
        print(pb.start(), response);
    }

    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String value = "";
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if ("lang".equals(cookie.getName())) {
                    value = cookie.getValue();
                }
            }
        }
        String[] env = {"LANG=" + value};
        // ruleid: injection.command-injection
        Process p = Runtime.getRuntime().exec(new String[] {"locale"}, env, new File("/tmp"));
        // ruleid: injection.command-injection
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "locale -a | grep " + value);
        print(p, response);
        print(pb.start(), response);
    }

    protected void doOptions(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String dir = request.getParameter("dir");
        // ok: injection.command-injection
        Process p = new ProcessBuilder("ls", "-la", "--", dir).start();
        // ok: injection.command-injection
        Process q = Runtime.getRuntime().exec(new String[] {"ls", "-la", dir});
        // ok: injection.command-injection
        Process u = Runtime.getRuntime().exec("uptime");
        int lines = Integer.parseInt(request.getParameter("lines"));
        // ok: injection.command-injection
        Process t = Runtime.getRuntime().exec("tail -n " + lines + " /var/log/app.log");
        String tool = TOOLS.get(request.getParameter("tool"));
        // ok: injection.command-injection
        Process s = Runtime.getRuntime().exec(new String[] {"sh", "-c", tool});
        print(p, response);
        print(q, response);
        print(u, response);
        print(t, response);
        print(s, response);
    }

    private void runScheduled(String configuredScript) throws IOException {
        // ok: injection.command-injection
        Runtime.getRuntime().exec(new String[] {"sh", "-c", configuredScript});
        List<String> command = new ArrayList<>();
        command.add("git");
        // ok: injection.command-injection
        command.add("gc");
        new ProcessBuilder(command).start();
    }

    private static void print(Process p, HttpServletResponse response) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            String line;
            while ((line = reader.readLine()) != null) {
                response.getWriter().println(line);
            }
        }
    }
}

@RestController
class DiagnosticsController {

    @GetMapping("/dig")
    public String dig(@RequestParam("domain") String domain) throws IOException {
        // ruleid: injection.command-injection
        Process p = new ProcessBuilder(Arrays.asList("/bin/sh", "-c", "dig +short " + domain)).start();
        return new String(p.getInputStream().readAllBytes());
    }

    @GetMapping("/tool/{name}")
    public String tool(@PathVariable String name) throws IOException {
        // ruleid: injection.command-injection
        Process p = new ProcessBuilder(name, "--version").start();
        return new String(p.getInputStream().readAllBytes());
    }

    @GetMapping("/whois")
    public String whois(@RequestParam String domain) throws IOException {
        // ok: injection.command-injection
        Process p = new ProcessBuilder(Arrays.asList("whois", domain)).start();
        return new String(p.getInputStream().readAllBytes());
    }
}

class Cli {
    public static void main(String[] args) throws IOException {
        // ruleid: injection.command-injection
        Runtime.getRuntime().exec("rm -rf " + args[0]);
        // ok: injection.command-injection
        new ProcessBuilder("rm", "-rf", "--", args[0]).start();
    }
}
