// Fixture for injection.xss-call (C#): an ASP.NET Core controller, a tag helper and a Blazor component.
using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

public class SearchController : Controller
{
    public IActionResult Results()
    {
        // ruleid: injection.xss-call
        return Content("<h1>Results for " + Request.Query["q"] + "</h1>", "text/html");
    }

    public IActionResult Banner()
    {
        // ruleid: injection.xss-call
        return Content($"<div class=\"banner\">{Request.Cookies["banner"]}</div>", "text/html; charset=utf-8");
    }

    public async Task Echo()
    {
        // ruleid: injection.xss-call
        await HttpContext.Response.WriteAsync("<p>You said: " + (Request.Form["message"].ToString() ?? "") + "</p>");
    }

    public IActionResult Plain()
    {
        // ok: injection.xss-call
        return Content("Results for " + Request.Query["q"], "text/plain");
    }

    public IActionResult Encoded()
    {
        // ok: injection.xss-call
        return Content("<h1>" + HtmlEncoder.Default.Encode(Request.Query["q"].ToString()) + "</h1>", "text/html");
    }

    public async Task Count()
    {
        // ok: injection.xss-call
        await Response.WriteAsync("<p>" + int.Parse(Request.Query["n"]) * 2 + "</p>");
    }
}

public static class MarkupHelpers
{
    public static IHtmlContent Bio(this IHtmlHelper html, string bio)
    {
        // ruleid: injection.xss-call
        return html.Raw(bio);
    }

    public static IHtmlContent Title(this IHtmlHelper Html, string title)
    {
        // ruleid: injection.xss-call
        return Html.Raw($"<h2>{title}</h2>");
    }

    public static IHtmlContent Badge(string label)
    {
        // ruleid: injection.xss-call
        return new HtmlString("<span class=\"badge\">" + label + "</span>");
    }

    public static IHtmlContent Separator(this IHtmlHelper Html)
    {
        // ok: injection.xss-call
        return Html.Raw("<hr class=\"separator\" />");
    }

    public static IHtmlContent SafeBadge(string label)
    {
        // ok: injection.xss-call
        return new HtmlString("<span class=\"badge\">" + WebUtility.HtmlEncode(label) + "</span>");
    }

    public static IHtmlContent SafeTitle(this IHtmlHelper Html, string title)
    {
        // ok: injection.xss-call
        return Html.Raw($"<h2>{HtmlEncoder.Default.Encode(title)}</h2>");
    }

    public static IHtmlContent State(this IHtmlHelper Html, object model)
    {
        // ok: injection.xss-call
        return Html.Raw(JsonSerializer.Serialize(model));
    }

    public static IHtmlContent Empty()
    {
        // ok: injection.xss-call
        return new HtmlString(string.Empty);
    }
}

public class CommentView : ComponentBase
{
    [Parameter] public string Body { get; set; } = "";

    // ruleid: injection.xss-call
    protected MarkupString Rendered => (MarkupString)Body;

    // ok: injection.xss-call
    protected MarkupString Divider => (MarkupString)"<hr />";
}
