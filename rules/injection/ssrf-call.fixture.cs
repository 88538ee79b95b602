// Fixture for injection.ssrf-call (C#).
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;

[ApiController]
[Route("api/[controller]")]
public class ProxyController : ControllerBase
{
    private static readonly Dictionary<string, string> Upstreams = new()
    {
        ["weather"] = "https://weather.example.com/v1/today",
        ["status"] = "https://status.example.com/api/summary",
    };

    private readonly HttpClient _httpClient;
    private readonly IHttpClientFactory _factory;
    private readonly IOrderRepository _orders;
    private readonly IBillingApiClient _billingApiClient;

    public ProxyController(HttpClient httpClient, IHttpClientFactory factory, IOrderRepository orders, IBillingApiClient billing)
    {
        _billingApiClient = billing;
        _httpClient = httpClient;
        _factory = factory;
        _orders = orders;
    }

    [HttpGet("fetch")]
    public async Task<IActionResult> Fetch()
    {
        // ruleid: injection.ssrf-call
        var body = await _httpClient.GetStringAsync(Request.Query["url"]);
        // ruleid: injection.ssrf-call
        var status = await _factory.CreateClient("proxy").GetAsync($"https://{Request.Query["host"]}/health");
        return Content(body + status.StatusCode);
    }

    [HttpPost("hook")]
    public async Task<IActionResult> Hook([FromBody] string payload)
    {
        // ruleid: injection.ssrf-call
        var res = await _httpClient.PostAsync(new Uri(Request.Form["callback"].ToString()), new StringContent(payload));
        // ruleid: injection.ssrf-call
        var message = new HttpRequestMessage(HttpMethod.Put, "https://" + Request.Headers["X-Tenant"] + ".example.com/sync");
        await _httpClient.SendAsync(message);
        return StatusCode((int)res.StatusCode);
    }

    [HttpGet("legacy")]
    public IActionResult Legacy()
    {
        // ruleid: injection.ssrf-call
        var request = WebRequest.Create(Request.Query["feed"].ToString());
        using var response = request.GetResponse();
        // ruleid: injection.ssrf-call
        var page = new WebClient().DownloadString(HttpContext.Request.Query["page"]);
        return Content(page);
    }

    [HttpGet("configure")]
    public async Task<IActionResult> Configure()
    {
        var client = _factory.CreateClient();
        // ruleid: injection.ssrf-call
        client.BaseAddress = new Uri(Request.Query["base"]);
        var msg = new HttpRequestMessage
        {
            Method = HttpMethod.Get,
            // ruleid: injection.ssrf-call
            RequestUri = new Uri(Request.Headers.Referer.ToString()),
        };
        var res = await client.SendAsync(msg);
        return StatusCode((int)res.StatusCode);
    }

    [HttpGet("safe")]
    public async Task<IActionResult> Safe(string upstream, int id)
    {
        if (!Upstreams.TryGetValue(upstream, out var target)) return BadRequest();
        // ok: injection.ssrf-call
        var body = await _httpClient.GetStringAsync(target);
        // ok: injection.ssrf-call
        var item = await _httpClient.GetAsync($"https://api.example.com/items/{Request.Query["id"]}");
        // ok: injection.ssrf-call
        var search = await _httpClient.GetAsync("https://api.example.com/search?q=" + Uri.EscapeDataString(Request.Query["q"].ToString()));
        // ok: injection.ssrf-call
        var order = await _orders.GetAsync(Request.Query["order"].ToString());
        // ok: injection.ssrf-call
        var invoice = await _billingApiClient.GetAsync(Request.Query["invoice"].ToString());
        // ok: injection.ssrf-call
        var text = System.IO.File.OpenRead(Request.Query["name"].ToString()).Length;
        // ok: injection.ssrf-call
        var fixedCall = await _httpClient.GetStringAsync("https://status.example.com/ping");
        return Ok(new { body, item.StatusCode, search = search.StatusCode, order, invoice, text, fixedCall });
    }
}

public interface IOrderRepository
{
    Task<object> GetAsync(string id);
}

public interface IBillingApiClient
{
    Task<object> GetAsync(string invoiceId);
}
