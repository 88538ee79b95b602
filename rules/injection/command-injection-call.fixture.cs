// Fixture for injection.command-injection-call (C#): an ASP.NET Core controller.
using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/[controller]")]
public class ToolsController : ControllerBase
{
    [HttpGet("ping")]
    public IActionResult Ping(string host)
    {
        // ruleid: injection.command-injection-call
        var p = Process.Start("cmd.exe", "/c ping -n 1 " + host);
        p.WaitForExit();
        return Ok();
    }

    [HttpGet("lookup")]
    public IActionResult Lookup()
    {
        // ruleid: injection.command-injection-call
        var psi = new ProcessStartInfo("/bin/bash", $"-c \"nslookup {Request.Query["domain"]}\"")
        {
            RedirectStandardOutput = true,
        };
        using var proc = Process.Start(psi);
        return Ok(proc.StandardOutput.ReadToEnd());
    }

    [HttpPost("convert")]
    public IActionResult Convert([FromForm] string file)
    {
        var info = new ProcessStartInfo
        {
            FileName = "powershell.exe",
            // ruleid: injection.command-injection-call
            Arguments = "-Command ConvertTo-Pdf " + file,
            UseShellExecute = false,
        };
        Process.Start(info);
        return Ok();
    }

    [HttpPost("archive")]
    public IActionResult Archive(string dir)
    {
        var process = new Process();
        process.StartInfo.FileName = "/bin/sh";
        // ruleid: injection.command-injection-call
        process.StartInfo.Arguments = "-c \"tar czf /tmp/out.tgz " + dir + "\"";
        process.Start();
        return Ok();
    }

    [HttpGet("open")]
    public IActionResult Open(string path)
    {
        // ruleid: injection.command-injection-call
        Process.Start(path);
        // ruleid: injection.command-injection-call
        System.Diagnostics.Process.Start(Request.Form["tool"]);
        return Ok();
    }

    [HttpGet("du")]
    public IActionResult DiskUsage(string dir)
    {
        var psi = new ProcessStartInfo("bash");
        // ruleid: injection.command-injection-call
        psi.Arguments = $"-c \"du -sh {dir}\"";
        Process.Start(psi);
        return Ok();
    }

    [HttpGet("safe")]
    public IActionResult Safe(string host, string file)
    {
        // ok: injection.command-injection-call
        Process.Start("ping", "-n 1 " + host);
        // ok: injection.command-injection-call
        Process.Start("cmd.exe", "/c dir C:\\logs");
        var psi = new ProcessStartInfo("git");
        psi.ArgumentList.Add("log");
        psi.ArgumentList.Add(file);
        // ok: injection.command-injection-call
        using var git = Process.Start(psi);
        // ok: injection.command-injection-call
        Process.Start("notepad.exe");
        // ok: injection.command-injection-call
        var startInfo = new ProcessStartInfo { FileName = "convert", Arguments = file + " out.pdf" };
        // ok: injection.command-injection-call
        Process.Start(new ProcessStartInfo("explorer.exe", "C:\\reports"));
        return Ok();
    }
}
