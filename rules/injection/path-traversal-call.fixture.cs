// Fixture for injection.path-traversal-call (C#): an ASP.NET Core controller serving and storing files.
using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

public class FilesController : Controller
{
    private const string Root = "/srv/app/files";
    private static readonly string[] Allowed = { "terms.pdf", "privacy.pdf" };

    public IActionResult Download()
    {
        // ruleid: injection.path-traversal-call
        var path = Path.Combine(Root, Request.Query["name"]);
        return PhysicalFile(path, "application/octet-stream");
    }

    public IActionResult Legacy()
    {
        // ruleid: injection.path-traversal-call
        return PhysicalFile(Root + "/" + Request.Query["name"].ToString(), "application/pdf");
    }

    public IActionResult Log()
    {
        // ruleid: injection.path-traversal-call
        var text = System.IO.File.ReadAllText($"/var/log/app/{Request.Query["day"]}.log");
        return Content(text, "text/plain");
    }

    public IActionResult Stream()
    {
        // ruleid: injection.path-traversal-call
        var stream = new FileStream(Root + "/" + (Request.Form["file"].FirstOrDefault() ?? "index.txt"), FileMode.Open);
        return File(stream, "application/octet-stream");
    }

    [HttpPost]
    public async Task<IActionResult> Upload(IFormFile file)
    {
        // ruleid: injection.path-traversal-call
        using var target = System.IO.File.Create(Path.Join(Root, "uploads", file.FileName));
        await file.CopyToAsync(target);
        return Ok();
    }

    [HttpDelete]
    public IActionResult Remove()
    {
        // ruleid: injection.path-traversal-call
        System.IO.File.Delete(Root + "/uploads/" + Request.Cookies["last_upload"]);
        return NoContent();
    }

    public IActionResult SafeDownload()
    {
        // ok: injection.path-traversal-call
        var path = Path.Combine(Root, Path.GetFileName(Request.Query["name"].ToString()));
        return PhysicalFile(path, "application/octet-stream");
    }

    public IActionResult Terms(int index)
    {
        // ok: injection.path-traversal-call
        return PhysicalFile(Path.Combine(Root, Allowed[index % Allowed.Length]), "application/pdf");
    }

    [HttpPost]
    public async Task<IActionResult> SafeUpload(IFormFile file)
    {
        // ok: injection.path-traversal-call
        var name = Path.Combine(Root, "uploads", Guid.NewGuid().ToString("N") + Path.GetExtension(file.FileName));
        // ok: injection.path-traversal-call
        await System.IO.File.WriteAllTextAsync(Path.Combine(Root, "last.txt"), Request.Form["note"].ToString());
        using var target = System.IO.File.Create(name);
        await file.CopyToAsync(target);
        return Ok();
    }

    public IActionResult Report()
    {
        // ok: injection.path-traversal-call
        var bytes = System.IO.File.ReadAllBytes(Path.Combine(Root, "reports", int.Parse(Request.Query["id"]) + ".csv"));
        return File(bytes, "text/csv");
    }
}

// A desktop import screen: the user picks the file in a dialog, so its name is not request data.
public class ImportForm
{
    public string Import(System.Windows.Forms.OpenFileDialog openFileDialog)
    {
        // ok: injection.path-traversal-call
        return System.IO.File.ReadAllText(openFileDialog.FileName);
    }
}
